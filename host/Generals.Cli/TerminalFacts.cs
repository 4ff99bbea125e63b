namespace Generals.Cli;

/// <summary>What <see cref="ColourPolicy"/> decides from: whether stdout and stderr are terminals, and NO_COLOR's value.</summary>
public sealed class TerminalFacts
{
    /// <summary>Neither stream a terminal: plain output, as in tests, pipes and CI logs.</summary>
    public static TerminalFacts Plain { get; } = new();

    /// <summary>The process's own streams and environment.</summary>
    public static TerminalFacts OfProcess() => new()
    {
        OutputIsTerminal = !Console.IsOutputRedirected,
        ErrorIsTerminal = !Console.IsErrorRedirected,
        NoColor = Environment.GetEnvironmentVariable(ColourPolicy.NoColorVariable),
    };

    public bool OutputIsTerminal { get; init; }

    public bool ErrorIsTerminal { get; init; }

    /// <summary>NO_COLOR's value; null when it is not set.</summary>
    public string? NoColor { get; init; }
}
