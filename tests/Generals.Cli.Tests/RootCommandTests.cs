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
    public void Version_PrintsVersion_ExitsZero()
    {
        CliRunner.Result result = CliRunner.Run(["--version"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Output);
    }

    [Fact]
    public void UnknownCommand_ExitsNonZeroWithMessage()
    {
        CliRunner.Result result = CliRunner.Run(["frobnicate"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }
}
