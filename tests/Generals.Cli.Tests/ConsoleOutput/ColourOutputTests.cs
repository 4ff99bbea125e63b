using Generals.Cli;

namespace Generals.Cli.Tests.ConsoleOutput;

/// <summary>Escape sequences reach stdout and stderr only on a terminal without NO_COLOR; results stay on stdout, progress on stderr.</summary>
public sealed class ColourOutputTests : IDisposable
{
    private const string Escape = "\u001b[";

    private static readonly TerminalFacts Terminals = new() { OutputIsTerminal = true, ErrorIsTerminal = true };

    private readonly string _root = Directory.CreateTempSubdirectory("generals-colour-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Run_OnATerminal_ColoursTheVerdicts()
    {
        CliRunner.Result result = CliRunner.Run(["run", "om-n3-m1", "--seed", "3", "--out", Path.Combine(_root, "run")], Terminals);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Escape, result.Output, StringComparison.Ordinal);
        Assert.Contains("as expected", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OnATerminalWithNoColor_NoEscapeSequence()
    {
        CliRunner.Result result = CliRunner.Run(
            ["run", "om-n3-m1", "--seed", "3", "--out", Path.Combine(_root, "run")], new TerminalFacts { OutputIsTerminal = true, ErrorIsTerminal = true, NoColor = "1" });

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(Escape, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, result.Error, StringComparison.Ordinal);
        Assert.Contains("verdict: invalid (expected invalid: as expected)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Redirected_PlainColumnsWithoutEscapeBorderOrTrailingSpace()
    {
        CliRunner.Result result = CliRunner.Run(["run", "om-n3-m1", "--seed", "3", "--out", Path.Combine(_root, "run")]);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(Escape, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("│", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"\ncheck\s+verdict\s+figures\n", result.Output);
        Assert.Matches(@"\nic2\s+invalid\s+loyal-commander-instances=1", result.Output);
        Assert.All(result.Output.Split('\n'), line => Assert.False(line.EndsWith(' '), $"trailing space: '{line}'"));
    }

    [Fact]
    public void Repeat_OnATerminal_ProgressBarOnStderrOnly()
    {
        CliRunner.Result result = CliRunner.Run(["run", "reliable-link", "--seed", "1", "--repeat", "3", "--out", Path.Combine(_root, "sweep")],
            new TerminalFacts { OutputIsTerminal = false, ErrorIsTerminal = true });

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Escape, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, result.Output, StringComparison.Ordinal);
        Assert.Contains("3 seeds (1..3): 3 as expected, 0 not", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeat_OnATerminalWithNoColor_NoEscapeSequenceOnEitherStream()
    {
        CliRunner.Result result = CliRunner.Run(["run", "reliable-link", "--seed", "1", "--repeat", "3", "--out", Path.Combine(_root, "sweep")],
            new TerminalFacts { OutputIsTerminal = true, ErrorIsTerminal = true, NoColor = "yes" });

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(Escape, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Scenarios_OnATerminal_TableWithBorderAndColour()
    {
        CliRunner.Result result = CliRunner.Run(["scenarios"], Terminals);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Escape, result.Output, StringComparison.Ordinal);
        Assert.Contains("│", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Scenarios_Redirected_NoEscapeSequence()
    {
        CliRunner.Result result = CliRunner.Run(["scenarios"]);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(Escape, result.Output, StringComparison.Ordinal);
        Assert.Matches(@"\nom-n3-m1\s+invalid\s+with n = 3m", result.Output);
    }
}
