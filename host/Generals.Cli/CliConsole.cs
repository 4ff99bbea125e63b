namespace Generals.Cli;

/// <summary>The streams a command reads and writes, so tests can run the CLI in-process.</summary>
public sealed class CliConsole
{
    public CliConsole(TextReader input, TextWriter output, TextWriter error, bool inputRedirected)
    {
        Input = input;
        Output = output;
        Error = error;
        InputRedirected = inputRedirected;
    }

    /// <summary>The process's own console.</summary>
    public static CliConsole System { get; } =
        new(Console.In, Console.Out, Console.Error, Console.IsInputRedirected);

    public TextReader Input { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>True when standard input is a pipe or file, not a terminal.</summary>
    public bool InputRedirected { get; }
}
