using System.Management.Automation;
using ParallelExec.Run;

namespace ParallelExec.Output;

/// <summary>The run engine's host for a cmdlet: results, progress, verbose text, warnings and errors as the cmdlet's own.</summary>
internal sealed class CmdletRunHost : IRunHost
{
    private readonly Cmdlet _cmdlet;

    public CmdletRunHost(Cmdlet cmdlet) => _cmdlet = cmdlet;

    public void Result(RunResult result) => _cmdlet.WriteObject(result);

    public void Progress(RunProgress progress) => _cmdlet.WriteProgress(new ProgressRecord(progress.ActivityId, progress.Activity, progress.Status)
    {
        ParentActivityId = progress.ParentActivityId,
        PercentComplete = progress.PercentComplete,
        RecordType = progress.Completed ? ProgressRecordType.Completed : ProgressRecordType.Processing,
    });

    public void Verbose(string text) => _cmdlet.WriteVerbose(text);

    public void Warning(PlanDiagnostic warning) => _cmdlet.WriteWarning(ErrorMapping.WarningText(warning));

    public void Error(ParallelExecException error) => _cmdlet.WriteError(ErrorMapping.ToErrorRecord(error));

    /// <summary>Straight to the host's UI: after Ctrl+C the pipeline takes no more records, but the user must still see it.</summary>
    public void StoppedSummary(string line)
    {
        try
        {
            if (_cmdlet is PSCmdlet ps) ps.Host.UI.WriteWarningLine(line);
        }
        catch (System.Exception e) when (!(e is System.OutOfMemoryException))
        {
            // A host without a UI (a remote or hosted runspace): the record holds the same facts.
        }
    }
}
