namespace Generals.Cli;

/// <summary>
/// The one rule for colour, and for any other escape sequence (a live progress bar, a table border drawn for a terminal):
/// only when the stream is a terminal, and never when NO_COLOR is set to a non-empty value (https://no-color.org).
/// </summary>
public static class ColourPolicy
{
    /// <summary>The environment variable that turns colour off.</summary>
    public const string NoColorVariable = "NO_COLOR";

    /// <summary>True when a stream that <paramref name="isTerminal"/> may carry colour, given NO_COLOR's value (null when unset).</summary>
    public static bool UseColour(bool isTerminal, string? noColor) => isTerminal && string.IsNullOrEmpty(noColor);
}
