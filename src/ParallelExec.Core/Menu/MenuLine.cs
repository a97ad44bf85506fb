using ParallelExec.Diagnostics;

namespace ParallelExec.Menu;

/// <summary>One line of the menu's screen: its kind, its words and their indentation; printed, it is <see cref="ToString"/>.</summary>
internal sealed class MenuLine
{
    internal MenuLine(MenuLineKind kind, string text, int indent = 0, ErrorCode? code = null, MenuOption? option = null)
    {
        Kind = kind;
        Text = text;
        Indent = indent;
        Code = code;
        Option = option;
    }

    internal static MenuLine Blank { get; } = new MenuLine(MenuLineKind.Blank, "");

    public MenuLineKind Kind { get; }

    /// <summary>The words, without the indentation.</summary>
    public string Text { get; }

    /// <summary>How many spaces come before the words.</summary>
    public int Indent { get; }

    /// <summary>The code of a <see cref="MenuLineKind.Warning"/> line; null on the others.</summary>
    public ErrorCode? Code { get; }

    /// <summary>The option an option line offers; null on the others.</summary>
    public MenuOption? Option { get; }

    /// <summary>The line as printed: the indentation, then the words.</summary>
    public override string ToString() => new string(' ', Indent) + Text;
}
