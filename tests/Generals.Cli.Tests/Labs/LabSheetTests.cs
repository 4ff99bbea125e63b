using Generals.Core.Tests;

namespace Generals.Cli.Tests.Labs;

/// <summary>
/// The lab sheets (docs/labs/) work as written: every `generals` command of their ```sh blocks runs (simulated and emulated
/// runs for real, board runs up to the lab plan check: see <see cref="SheetRunner"/>), and a sheet naming an option or a
/// scenario that does not exist fails.
/// </summary>
public sealed class LabSheetTests : IDisposable
{
    /// <summary>The six sheets, in the lecture's order.</summary>
    public static readonly string[] SheetNames =
    [
        "1-two-generals.md", "2-byzantine-generals.md", "3-signatures.md", "4-system-models.md", "5-fault-tolerance.md", "6-failure-detectors.md",
    ];

    /// <summary>The sections every sheet has, in this order (the key has its own).</summary>
    private static readonly string[] SheetSections = ["## Goal", "## Theory", "## Predict", "## Run it", "## Read the report", "## Questions"];

    // Each distinct command runs once for the whole class (xunit runs a class's tests one at a time), whichever sheet names
    // it first: keeps the suite's time down.
    private static readonly HashSet<string> AlreadyRun = [];

    private readonly string _work = Directory.CreateTempSubdirectory("generals-labs-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    public static TheoryData<string> Sheets() => [.. SheetNames];

    [Theory]
    [MemberData(nameof(Sheets))]
    public void Sheet_EveryCommand_RunsAsTheSheetSays(string sheet)
    {
        List<SheetCommand> commands = SheetCommand.Read(sheet, File.ReadAllText(RepoPaths.Combine("docs", "labs", sheet)));
        var runner = new SheetRunner(_work, AlreadyRun);

        List<string> failures = runner.Run(commands);

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        // Simulator first, then emulated generals, then boards: each sheet has all three.
        Assert.Contains(commands, c => !c.Emulated && !c.OnBoards);
        Assert.Contains(commands, c => c.Emulated);
        Assert.Contains(commands, c => c.OnBoards);
        int firstEmu = commands.FindIndex(c => c.Emulated);
        Assert.True(commands.FindIndex(c => !c.Emulated && !c.OnBoards) < firstEmu && firstEmu < commands.FindIndex(c => c.OnBoards), sheet + ": sim, then emu, then boards");
    }

    [Fact]
    public void Sheets_SixInTheLecturesOrder_EachWithItsSectionsItsKeyAndAnIndexEntry()
    {
        string index = File.ReadAllText(RepoPaths.Combine("docs", "labs", "README.md"));
        int lastAt = -1;

        foreach (string sheet in SheetNames)
        {
            string text = File.ReadAllText(RepoPaths.Combine("docs", "labs", sheet));
            int[] at = [.. SheetSections.Select(s => text.IndexOf("\n" + s, StringComparison.Ordinal))];
            Assert.True(at.All(i => i > 0) && at.SequenceEqual(at.Order()), $"{sheet}: sections {string.Join(", ", SheetSections)} in this order");
            Assert.True(File.Exists(RepoPaths.Combine("docs", "labs", "keys", sheet)), $"keys/{sheet} is missing");
            int indexAt = index.IndexOf("(" + sheet + ")", StringComparison.Ordinal);
            Assert.True(indexAt > lastAt, $"README.md links {sheet} after the sheet before it");
            lastAt = indexAt;
        }
    }

    [Theory]
    [InlineData("generals run om-n4-m1 --seed 1 --no-such-option", "exit 64")]
    [InlineData("generals run no-such-scenario --seed 1", "exit 66")]
    [InlineData("generals explore om-n4-m1 --budgett 10", "exit 64")]
    [InlineData("generals run om-n4-m1 --mode lab --config nf.config --no-such-option", "does not parse")]
    [InlineData("generals run no-such-scenario --mode lab --config nf.config", "no built-in scenario or file named 'no-such-scenario'")]
    [InlineData("generals run fd-pause --mode lab --config nf.config", "a board cannot be paused")]
    [InlineData("generals run om-n7-m2 --mode lab --config nf.config", "nf.config has no board 5, 6, 7")]
    public void Runner_SheetWithABogusCommand_Fails(string line, string failure)
    {
        string sheet = $"# A sheet\n\n```sh\n{line}\n```\n";

        List<string> failures = new SheetRunner(_work).Run(SheetCommand.Read("bogus.md", sheet));

        string only = Assert.Single(failures);
        Assert.Contains(failure, only, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ALineInAShellBlockThatIsNotAGeneralsCommand_Refused()
    {
        const string sheet = "```sh\nmosquitto_sub -t 'gl/lab/wire/+'\n```\n";

        FormatException refused = Assert.Throws<FormatException>(() => SheetCommand.Read("bogus.md", sheet));

        Assert.Contains("bogus.md:2", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuotesCommentsAndBackground_SplitAsAShellWould()
    {
        const string sheet = "text\n```text\ngenerals not a command here\n```\n```sh\ngenerals run 'my file.yaml' --seed 1   # a comment\n"
            + "generals sniff store/x/latest --count 5 &\n```\n";

        List<SheetCommand> commands = SheetCommand.Read("s.md", sheet);

        Assert.Equal(2, commands.Count);
        Assert.Equal(["run", "my file.yaml", "--seed", "1"], commands[0].Arguments);
        Assert.False(commands[0].Background);
        Assert.Equal(["sniff", "store/x/latest", "--count", "5"], commands[1].Arguments);
        Assert.True(commands[1].Background);
    }
}
