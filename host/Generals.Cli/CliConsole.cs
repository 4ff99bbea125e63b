using Spectre.Console;

namespace Generals.Cli;

/// <summary>The streams a command reads and writes, so tests can run the CLI in-process, and whether each may carry colour.</summary>
public sealed class CliConsole
{
    public CliConsole(TextReader input, TextWriter output, TextWriter error, bool inputRedirected, TerminalFacts? terminal = null)
    {
        Input = input;
        Output = output;
        Error = error;
        InputRedirected = inputRedirected;
        Terminal = terminal ?? TerminalFacts.Plain;
    }

    /// <summary>The process's own console.</summary>
    public static CliConsole System { get; } =
        new(Console.In, Console.Out, Console.Error, Console.IsInputRedirected, TerminalFacts.OfProcess());

    public TextReader Input { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>True when standard input is a pipe or file, not a terminal.</summary>
    public bool InputRedirected { get; }

    public TerminalFacts Terminal { get; }

    /// <summary>True when stdout may carry colour and borders (<see cref="ColourPolicy"/>).</summary>
    public bool OutputColour => ColourPolicy.UseColour(Terminal.OutputIsTerminal, Terminal.NoColor);

    /// <summary>True when stderr may carry colour and a live progress bar (<see cref="ColourPolicy"/>).</summary>
    public bool ErrorColour => ColourPolicy.UseColour(Terminal.ErrorIsTerminal, Terminal.NoColor);

    /// <summary>A Spectre console over stdout that writes escape sequences only when <see cref="OutputColour"/>.</summary>
    public IAnsiConsole AnsiOutput() => CliAnsi.Create(Output, OutputColour);

    /// <summary>A Spectre console over stderr that writes escape sequences only when <see cref="ErrorColour"/>.</summary>
    public IAnsiConsole AnsiError() => CliAnsi.Create(Error, ErrorColour);
}
