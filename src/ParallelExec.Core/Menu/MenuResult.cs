using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ParallelExec.Menu;

/// <summary>What an option produced: a message, and a prompt to hand over when there is one.</summary>
internal sealed class MenuResult
{
    public MenuResult(string message, string? promptText = null, string? promptName = null, bool exit = false)
    {
        Message = message;
        PromptText = promptText;
        PromptName = promptName;
        Exit = exit;
    }

    public string Message { get; }
    public string? PromptText { get; }

    /// <summary>A file-name stem for the prompt (subplans-level-3, execution-3.1 …).</summary>
    public string? PromptName { get; }
    public bool Exit { get; }
}
