using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParallelExec.Registry;

/// <summary>A parallel.json read in either form: the schema's (<c>levels[]</c>) or the older flat one.</summary>
public sealed class RegistryDocument
{
    public string Path { get; internal set; } = "";
    public string? PlanName { get; internal set; }
    public bool IsLegacyFormat { get; internal set; }
    public List<RegistryEntry> Entries { get; } = new List<RegistryEntry>();
}
