using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ParallelExec.Plans;

namespace ParallelExec.Prompts;

/// <summary>What a scaffolded batch wrote: stored in &lt;plan root&gt;/.parallel/batches/&lt;id&gt;.json so that Undo-ParallelBatch can take it back.</summary>
internal sealed class BatchRecord
{
    internal BatchRecord(string id, string plan, string kind, string created, string planRoot, string recordPath,
        BatchRecordFile[] files, string[] createdFolders)
    {
        Id = id;
        Plan = plan;
        Kind = kind;
        Created = created;
        PlanRoot = planRoot;
        RecordPath = recordPath;
        Files = files;
        CreatedFolders = createdFolders;
    }

    public string Id { get; }
    public string Plan { get; }
    public string Kind { get; }

    /// <summary>When the batch was written (UTC, ISO 8601).</summary>
    public string Created { get; }
    public string PlanRoot { get; }
    public string RecordPath { get; }
    public BatchRecordFile[] Files { get; }

    /// <summary>Folders (relative to the plan root) that did not exist before the batch, parents first.</summary>
    public string[] CreatedFolders { get; }

    public override string ToString() => $"{Id} ({Files.Length} files)";

    internal string ToJson()
    {
        var o = new JObject
        {
            ["id"] = Id,
            ["plan"] = Plan,
            ["kind"] = Kind,
            ["created"] = Created,
            ["files"] = new JArray(Files.Select(f => new JObject { ["path"] = f.Path, ["sha256"] = f.Sha256 })),
            ["created_folders"] = new JArray(CreatedFolders.Cast<object>().ToArray()),
        };
        return o.ToString(Formatting.Indented).Replace("\r\n", "\n") + "\n";
    }

    internal static BatchRecord FromJson(string planRoot, string recordPath, string json)
    {
        var o = RecordJson.Parse(json);
        string S(string name) => (string?)o[name] ?? "";
        var files = (o["files"] as JArray ?? new JArray()).OfType<JObject>()
            .Select(f => new BatchRecordFile((string?)f["path"] ?? "", (string?)f["sha256"] ?? "")).ToArray();
        var folders = (o["created_folders"] as JArray ?? new JArray()).Select(f => (string?)f ?? "").Where(f => f.Length > 0).ToArray();
        return new BatchRecord(S("id"), S("plan"), S("kind"), S("created"), planRoot, recordPath, files, folders);
    }
}
