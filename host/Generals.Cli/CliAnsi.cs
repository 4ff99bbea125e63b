using Spectre.Console;

namespace Generals.Cli;

/// <summary>Spectre consoles over a writer: ANSI and colour when told (the caller asked <see cref="ColourPolicy"/>), none otherwise.</summary>
public static class CliAnsi
{
    /// <summary>The width of plain output: wide enough that a table or line in a log or a pipe is never wrapped.</summary>
    public const int PlainWidth = 4096;

    public static IAnsiConsole Create(TextWriter writer, bool colour)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,

            // Standard: the 16 colours every ANSI terminal has (red, green, yellow are all we use); no guessing from TERM.
            ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = colour ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),

            // Spectre's CI detectors would change what the policy decided.
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        if (!colour)
        {
            console.Profile.Width = PlainWidth;
        }

        return console;
    }
}
