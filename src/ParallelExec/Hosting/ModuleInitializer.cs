using System.Management.Automation;

namespace ParallelExec.Hosting;

/// <summary>
/// What Import-Module and Remove-Module run in the binary module itself (no nested script module, so no script is
/// compiled at import): the Should -BeValidParallelJson operator is offered to Pester (<see cref="PesterOperator"/>).
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    public void OnImport() => PesterOperator.Install();

    public void OnRemove(PSModuleInfo psModuleInfo) => PesterOperator.Uninstall();
}
