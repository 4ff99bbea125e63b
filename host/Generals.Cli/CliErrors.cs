using System.ComponentModel;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Net.Sockets;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Cli;

/// <summary>
/// The one place where an error becomes an exit code and what the user reads: one line per problem, naming the
/// file or option and what is wrong, and a stack trace only with --verbose. The codes are README's table.
/// </summary>
public static class CliErrors
{
    /// <summary>How deep a chain of wrapped exceptions is searched for one that says what kind of failure it was.</summary>
    private const int InnerDepthMax = 8;

    /// <summary>The exit code for <paramref name="error"/>: 64 usage, 65 bad input, 66 input missing, 74 I/O, 70 a bug of ours.</summary>
    public static int ExitCodeOf(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Exception? e = error;
        for (int depth = 0; e != null && depth < InnerDepthMax; depth++, e = e.InnerException)
        {
            int? code = e switch
            {
                UsageException => ExitCodes.Usage,
                ScenarioException or InvalidDataException => ExitCodes.BadInput,
                FileNotFoundException or DirectoryNotFoundException => ExitCodes.InputMissing,
                IOException or UnauthorizedAccessException or SocketException or Win32Exception => ExitCodes.IoFailure,
                MQTTnet.Exceptions.MqttCommunicationException => ExitCodes.IoFailure,
                OperationCanceledException => ExitCodes.Unknown,
                _ => null,
            };
            if (code != null)
            {
                return code.Value;
            }
        }

        return ExitCodes.Internal;
    }

    /// <summary>Prints <paramref name="error"/> (the trace too when <paramref name="verbose"/>) and returns its exit code.</summary>
    public static int Report(Exception error, TextWriter output, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(output);
        if (error is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            error = aggregate.InnerExceptions[0];
        }

        int code = ExitCodeOf(error);
        string[] lines = PlainTypeNames.Scrub(error.Message).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (code == ExitCodes.Internal)
        {
            output.WriteLine($"error: internal error ({error.GetType().Name}): {string.Join(' ', lines)}"
                + (verbose ? "" : " — a bug of generals; --verbose prints where it happened"));
        }
        else
        {
            foreach (string line in lines)
            {
                output.WriteLine("error: " + line);
            }
        }

        if (verbose)
        {
            output.WriteLine(error.ToString());
        }

        return code;
    }

    /// <summary>Prints the command line's problems, one line each, and returns 64.</summary>
    public static int ReportUsage(ParseResult parsed, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(output);
        var names = new List<string>();
        for (SymbolResult? result = parsed.CommandResult; result is CommandResult command && command.Parent != null; result = command.Parent)
        {
            names.Insert(0, command.Command.Name);
        }

        string help = string.Join(' ', ["generals", .. names, "--help"]);
        foreach (ParseError problem in parsed.Errors)
        {
            output.WriteLine($"error: {Plain(problem)} (`{help}` lists what it takes)");
        }

        return ExitCodes.Usage;
    }

    /// <summary>A value that does not convert is said with the option and the value, never the .NET type.</summary>
    private static string Plain(ParseError problem)
    {
        if (problem.Message.StartsWith("Cannot parse argument", StringComparison.Ordinal))
        {
            for (SymbolResult? result = problem.SymbolResult; result != null; result = result.Parent)
            {
                string? given = result.Tokens.Count > 0 ? string.Join(' ', result.Tokens.Select(t => t.Value)) : null;
                switch (result)
                {
                    case OptionResult option:
                        return $"{option.Option.Name} '{given ?? LastValue(problem.SymbolResult)}' is not {PlainTypeNames.Describe(option.Option.ValueType)}";
                    case ArgumentResult argument when argument.Parent is CommandResult:
                        return $"<{argument.Argument.Name}> '{given}' is not {PlainTypeNames.Describe(argument.Argument.ValueType)}";
                }
            }
        }

        // One line per problem: System.CommandLine lists choices on lines of their own.
        return string.Join(' ', PlainTypeNames.Scrub(problem.Message).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static string LastValue(SymbolResult? result) =>
        result is { Tokens.Count: > 0 } ? result.Tokens[^1].Value : "";
}
