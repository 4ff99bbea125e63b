namespace Generals.Cli.Tests;

public class RootCommandTests
{
    [Fact]
    public void Help_ListsCommands_ExitsZero()
    {
        CliRunner.Result result = CliRunner.Run(["--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("wire", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheHarnessAndTheFirmwareItsBoardsRun_ExitsZero()
    {
        CliRunner.Result result = CliRunner.Run(["--version"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^generals \d+\.\d+\.\d+(\+[0-9a-f]+)?\nfirmware \d+\.\d+\.\d+ \(", result.Output);
    }

    [Fact]
    public void UnknownCommand_ExitsNonZeroWithMessage()
    {
        CliRunner.Result result = CliRunner.Run(["frobnicate"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }
}
