using Generals.Cli;

namespace Generals.Cli.Tests;

/// <summary>Runs the `generals` command in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string[] args, string? stdin = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(new StringReader(stdin ?? string.Empty), output, error, stdin != null);
        int code = CliApp.Run(args, console);
        return new Result(code, output.ToString(), error.ToString());
    }
}
