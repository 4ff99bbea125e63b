using Generals.Cli;

namespace Generals.Cli.Tests;

/// <summary>Runs the `generals` command in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string[] args, string? stdin = null) => Run(args, TerminalFacts.Plain, stdin);

    /// <summary>Runs with stdout and stderr taken for terminals or not, and NO_COLOR set or not, as <paramref name="terminal"/> says.</summary>
    public static Result Run(string[] args, TerminalFacts terminal, string? stdin = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(new StringReader(stdin ?? string.Empty), output, error, stdin != null, terminal);
        int code = CliApp.Run(args, console);
        return new Result(code, output.ToString(), error.ToString());
    }
}
