using System.CommandLine;
using System.Diagnostics;
using Generals.Core.Config;
using Generals.Core.Tests;
using Generals.Harness.Plan;
using Generals.Harness.Provisioning;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Worlds.Lab;

namespace Generals.Cli.Tests.Labs;

/// <summary>
/// Runs the commands of a lab sheet as a student types them, from a working folder laid out like a clone (nf.config and
/// docs/labs/scenarios/ copied in), so `store/...` and relative paths mean what they mean there. A simulated or emulated
/// command runs as its own `generals` process and must exit 0 (every sheet command behaves as its scenario expects), or,
/// for an emulated run, 2 with a `timing-break` (the machine, not the protocol, broke the plan's timing). A
/// board command (`--mode lab`) needs boards, so it is checked up to where a lab run waits for them: the command line
/// parses (every option exists), the scenario loads, and the lab plan check accepts it for the repository's nf.config
/// (no pause, every cut board has a power switch, boards 1..n exist, the kit's signature scheme).
/// </summary>
internal sealed class SheetRunner
{
    /// <summary>
    /// The longest one command may take: an emulated run on a loaded 2-core machine may start again up to
    /// <see cref="EmuRunner.ScaledStartsMax"/> times slower; the sheets keep their runs to seconds.
    /// </summary>
    public static readonly TimeSpan CommandLimit = TimeSpan.FromMinutes(6);

    private readonly string _work;
    private readonly ISet<string> _alreadyRun;

    /// <summary>A runner in <paramref name="work"/>; a command in <paramref name="alreadyRun"/> is not run again (each distinct command once).</summary>
    public SheetRunner(string work, ISet<string>? alreadyRun = null)
    {
        _work = work;
        _alreadyRun = alreadyRun ?? new HashSet<string>();
        File.Copy(RepoPaths.Combine("nf.config"), Path.Combine(work, "nf.config"), overwrite: true);
        string scenarios = Directory.CreateDirectory(Path.Combine(work, "docs", "labs", "scenarios")).FullName;
        foreach (string yaml in Directory.GetFiles(RepoPaths.Combine("docs", "labs", "scenarios"), "*.yaml"))
        {
            File.Copy(yaml, Path.Combine(scenarios, Path.GetFileName(yaml)), overwrite: true);
        }
    }

    /// <summary>What each command printed, in order, for a failure message.</summary>
    public List<string> Log { get; } = [];

    /// <summary>Runs every command; returns one line per command that failed (none: the sheet works as written).</summary>
    public List<string> Run(IReadOnlyList<SheetCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var failures = new List<string>();
        (SheetCommand Command, Process Process, Task<string> Output)? background = null;
        foreach (SheetCommand command in commands)
        {
            if (command.OnBoards)
            {
                Note(failures, command, CheckBoardCommand(command));
                continue;
            }

            if (!command.Background && !_alreadyRun.Add(string.Join('\u0001', command.Arguments)))
            {
                continue;
            }

            if (command.Background)
            {
                Process started = Start(command.Arguments, out Task<string> output);
                background = (command, started, output);
                continue;
            }

            Process process = Start(command.Arguments, out Task<string> printed);
            Note(failures, command, Finish(command, process, printed));
            if (background is { } running)
            {
                Note(failures, running.Command, Finish(running.Command, running.Process, running.Output));
                background = null;
            }
        }

        if (background is { } left)
        {
            Note(failures, left.Command, "a background command (ending in &) needs a command after it to run beside");
            left.Process.Kill(entireProcessTree: true);
            left.Process.Dispose();
        }

        return failures;
    }

    private static void Note(List<string> failures, SheetCommand command, string? failure)
    {
        if (failure != null)
        {
            failures.Add(command.Where + ": " + failure);
        }
    }

    private Process Start(IReadOnlyList<string> arguments, out Task<string> output)
    {
        GeneralsLauncher launcher = GeneralsLauncher.Current(typeof(CliApp).Assembly.Location);
        var info = new ProcessStartInfo(launcher.FileName)
        {
            WorkingDirectory = _work, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (string argument in launcher.PrefixArguments.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        Process process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + launcher.FileName);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        output = Task.WhenAll(stdout, stderr).ContinueWith(_ => stdout.Result + stderr.Result, TaskScheduler.Default);
        return process;
    }

    private string? Finish(SheetCommand command, Process process, Task<string> output)
    {
        using (process)
        {
            if (!process.WaitForExit(CommandLimit))
            {
                process.Kill(entireProcessTree: true);
                return $"did not finish within {CommandLimit.TotalMinutes} min";
            }

            process.WaitForExit();
            string printed = output.Result;
            Log.Add($"$ {command.Text}\n{printed}exit {process.ExitCode}");
            // An emulated run on a loaded machine may find its own timing broken (a process scheduled late): the world's
            // unknown, never the protocol's verdict, as the emulated schema tests accept too. Anything else must exit 0.
            bool worldsOwnUnknown = command.Emulated && process.ExitCode == 2 && printed.Contains("run unknown, timing-break", StringComparison.Ordinal);
            return process.ExitCode == 0 || worldsOwnUnknown ? null : $"exit {process.ExitCode}, not 0:\n{printed}";
        }
    }

    /// <summary>Why a board command would not get as far as waiting for boards, or null.</summary>
    private string? CheckBoardCommand(SheetCommand command)
    {
        var console = new CliConsole(TextReader.Null, new StringWriter(), new StringWriter(), inputRedirected: false, TerminalFacts.Plain);
        ParseResult parsed = CliApp.Build(console).Parse(command.Arguments.ToArray());
        if (parsed.Errors.Count > 0)
        {
            return "does not parse: " + string.Join("; ", parsed.Errors.Select(e => e.Message));
        }

        if (command.Arguments[0] != "run" || command.Arguments.Count < 2)
        {
            return "a board command in a sheet is `generals run SCENARIO --mode lab --config nf.config`";
        }

        string configPath = Path.Combine(_work, command.Option("--config") ?? KitConfigFile.DefaultPath);
        var errors = new List<string>();
        KitConfig? config = KitConfigFile.Load(configPath, errors);
        if (config == null)
        {
            return string.Join("; ", errors);
        }

        Scenario scenario;
        try
        {
            string file = Path.Combine(_work, command.Arguments[1]);
            scenario = ScenarioLoader.Load(File.Exists(file) ? file : command.Arguments[1]);
        }
        catch (Exception e) when (e is FileNotFoundException or ScenarioException)
        {
            return e.Message;
        }

        int[] missing = [.. Enumerable.Range(1, scenario.Generals).Where(id => config.Board(id) == null)];
        if (missing.Length > 0)
        {
            return $"the scenario needs boards 1..{scenario.Generals}; nf.config has no board {string.Join(", ", missing)}";
        }

        if (scenario.Signature != SignatureChoice.Ideal && PlanNames.Of(scenario.Signature) != config.Scheme)
        {
            return $"the scenario signs with {PlanNames.Of(scenario.Signature)}, the kit with {config.Scheme}";
        }

        return LabPlan.Refusal(scenario, config: null) ?? LabPlan.Refusal(scenario, config);
    }
}
