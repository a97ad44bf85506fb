using System;
using System.IO;
using System.Management.Automation;

namespace ParallelExec.Output;

/// <summary>
/// Files a cmdlet returns, as the FileSystem provider gives them (Get-Item's objects: PSPath, PSParentPath, Mode …),
/// so that they pipe into Remove-Item, Get-Content or Copy-Item like any file.
/// </summary>
internal static class ProviderItems
{
    public static void WriteFile(PSCmdlet cmdlet, string path)
    {
        try
        {
            foreach (var item in cmdlet.InvokeProvider.Item.Get(new[] { path }, true, true)) cmdlet.WriteObject(item);
        }
        catch (Exception e) when (e is ProviderInvocationException || e is ItemNotFoundException || e is IOException
            || e is UnauthorizedAccessException || e is NotSupportedException || e is PSArgumentException)
        {
            cmdlet.WriteObject(new FileInfo(path)); // a file the provider cannot show is still the file written
        }
    }
}
