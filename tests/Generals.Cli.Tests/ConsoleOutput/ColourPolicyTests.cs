using Generals.Cli;

namespace Generals.Cli.Tests.ConsoleOutput;

public sealed class ColourPolicyTests
{
    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, "", true)]
    [InlineData(true, "1", false)]
    [InlineData(true, "0", false)]
    [InlineData(false, null, false)]
    [InlineData(false, "", false)]
    [InlineData(false, "1", false)]
    public void UseColour_TerminalAndNoColor_ColourOnlyOnATerminalWithoutNoColor(bool isTerminal, string? noColor, bool expected)
    {
        bool colour = ColourPolicy.UseColour(isTerminal, noColor);

        Assert.Equal(expected, colour);
    }

    [Fact]
    public void CliConsole_TerminalStdoutRedirectedStderr_DecidesPerStream()
    {
        var console = new CliConsole(TextReader.Null, TextWriter.Null, TextWriter.Null, inputRedirected: true,
            new TerminalFacts { OutputIsTerminal = true, ErrorIsTerminal = false });

        Assert.True(console.OutputColour);
        Assert.False(console.ErrorColour);
    }

    [Fact]
    public void CliProgress_PlainLine_SaysStepsElapsedAndTimeLeftFromTheMeanStep()
    {
        string line = CliProgress.PlainLine(3, 12, TimeSpan.FromSeconds(6), "om-n3-m1");

        Assert.Equal("[3/12] 6.0 s, about 18 s left: om-n3-m1", line);
    }

    [Fact]
    public void CliProgress_PlainLineBeforeTheFirstStep_SaysNoTimeLeft()
    {
        string line = CliProgress.PlainLine(0, 12, TimeSpan.Zero, null);

        Assert.Equal("[0/12] 0.0 s", line);
    }
}
