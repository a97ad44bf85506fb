using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ParallelExec.Menu;

/// <summary>One option of the menu, enabled or disabled with the reason.</summary>
internal sealed class MenuOption
{
    internal MenuOption(char key, MenuAction action, string label, string? disabledReason = null, int? level = null, AchievementId? target = null)
    {
        Key = key;
        Action = action;
        Label = label;
        DisabledReason = disabledReason;
        Level = level;
        Target = target;
    }

    public char Key { get; }
    public MenuAction Action { get; }
    public string Label { get; }
    public bool Enabled => DisabledReason == null;
    public string? DisabledReason { get; }
    public int? Level { get; }
    public AchievementId? Target { get; }
    public override string ToString() => Enabled ? $"{Key}. {Label}" : $"{Key}. {Label} (disabled: {DisabledReason})";
}
