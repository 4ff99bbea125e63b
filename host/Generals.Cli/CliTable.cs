using Spectre.Console;
using Spectre.Console.Rendering;

namespace Generals.Cli;

/// <summary>
/// Tables and marked-up lines on stdout: with a rounded border and colour where <see cref="CliConsole.OutputColour"/>, else plain
/// columns two spaces apart with no trailing space and no escape sequence (what scripts, CI logs and the tests read).
/// </summary>
public static class CliTable
{
    /// <summary>An empty table with these column headers, drawn for <paramref name="console"/>'s stdout.</summary>
    public static Table Create(CliConsole console, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(columns);
        bool colour = console.OutputColour;
        var table = new Table { Border = colour ? TableBorder.Rounded : TableBorder.None };
        foreach (string column in columns)
        {
            table.AddColumn(new TableColumn(new Text(column)) { Padding = colour ? new Padding(1, 0, 1, 0) : new Padding(0, 0, 2, 0) });
        }

        return table;
    }

    /// <summary>Writes <paramref name="renderable"/> to stdout.</summary>
    public static void Write(CliConsole console, IRenderable renderable)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (console.OutputColour)
        {
            console.AnsiOutput().Write(renderable);
            return;
        }

        var text = new StringWriter();
        CliAnsi.Create(text, colour: false).Write(renderable);
        foreach (string line in text.ToString().Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                console.Output.WriteLine(line.TrimEnd());
            }
        }
    }

    /// <summary>Writes one line of text parts, each in its style, to stdout (plain text: no markup or emoji code is read in it).</summary>
    public static void WriteLine(CliConsole console, params (string Text, Style Style)[] parts)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(parts);
        var line = new Paragraph();
        foreach ((string text, Style style) in parts)
        {
            line.Append(text, style);
        }

        IAnsiConsole output = console.AnsiOutput();
        output.Write(line);
        output.WriteLine();
    }
}
