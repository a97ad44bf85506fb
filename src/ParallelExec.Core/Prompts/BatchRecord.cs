using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ParallelExec.Plans;

namespace ParallelExec.Prompts;

/// <summary>What a scaffolded batch wrote: stored in &lt;plan root&gt;/.parallel/batches/&lt;id&gt;.json so that Undo-ParallelBatch can take it back.</summary>
internal sealed class BatchRecord
{
    internal BatchRecord(string id, string plan, string kind, string created, string planRoot, string recordPath,
        BatchRecordFile[] files, string[] createdFolders, bool complete = true)
    {
        Complete = complete;
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

    /// <summary>
    /// False while the batch is being written: the record is written first (its intent), then the files, then it is
    /// marked complete. An incomplete record whose writer is gone is cleaned by <see cref="BatchRecovery"/>.
    /// </summary>
    public bool Complete { get; }

    /// <summary>The same record, marked complete, with the folders the batch really created.</summary>
    internal BatchRecord Completed(string[] createdFolders) =>
        new BatchRecord(Id, Plan, Kind, Created, PlanRoot, RecordPath, Files, createdFolders, complete: true);

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
            ["complete"] = Complete,
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
        // A record without "complete" was written before records were written in two steps: it is complete.
        bool complete = o["complete"] is not JValue { Type: JTokenType.Boolean } c || (bool)c;
        return new BatchRecord(S("id"), S("plan"), S("kind"), S("created"), planRoot, recordPath, files, folders, complete);
    }
}
