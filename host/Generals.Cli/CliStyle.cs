using Generals.Harness.Checkers;
using Generals.Harness.Runs;
using Spectre.Console;

namespace Generals.Cli;

/// <summary>The colours of the console: valid green, invalid red, unknown yellow; "as expected" green, NOT AS EXPECTED red.</summary>
public static class CliStyle
{
    public static Style Of(Verdict verdict) => verdict switch
    {
        Verdict.Valid => new Style(Color.Green),
        Verdict.Invalid => new Style(Color.Red),
        _ => new Style(Color.Yellow),
    };

    /// <summary>The colour of an exit code: as expected (0) green, unknown (2) yellow, not as expected red.</summary>
    public static Style OfExitCode(int exitCode) => exitCode switch
    {
        ExitCodes.AsExpected => new Style(Color.Green),
        ExitCodes.Unknown => new Style(Color.Yellow),
        _ => new Style(Color.Red, decoration: Decoration.Bold),
    };

    /// <summary>A verdict's name as a coloured table cell.</summary>
    public static Text Cell(Verdict verdict) => new(verdict.Name(), Of(verdict));
}
