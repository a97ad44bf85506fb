using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ParallelExec.Plans;

/// <summary>
/// Reads a text file as the methodology writes them: UTF-8 with or without BOM (UTF-16 with BOM too),
/// LF or CRLF, and repairs text whose UTF-8 was once decoded as Mac Roman or Windows-1252 and saved
/// again (the seed plan's <c>‚úÖ</c> is a double-encoded <c>✅</c>).
/// </summary>
/// <summary>What a file is expected to be, for the wording and ids of errors about it.</summary>
internal enum FileKind { Plan, Registry }
