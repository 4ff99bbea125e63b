using System.CommandLine;
using Generals.Harness.Checkers;
using Generals.Harness.Costs;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Timing;

namespace Generals.Cli.Commands;

/// <summary>`generals run`: runs one scenario, prints the seed first and the verdict table last, writes the run folder.</summary>
public static class RunCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = new Argument<string>("scenario") { Description = "A built-in scenario name (see `generals scenarios`) or a YAML file." };
        scenario.Validators.Add(CliValues.NotAnOption);
        var mode = new Option<string>("--mode")
        {
            Description = "sim: the deterministic simulator; emu: one OS process per general over a real MQTT broker; "
                + "lab: the kit's boards (nf.config, --config) on its broker, power cut through their switches.",
            DefaultValueFactory = _ => "sim",
        };
        mode.AcceptOnlyFromAmong("sim", "emu", "lab");
        var broker = new Option<string?>("--broker")
        {
            Description = "emu, lab: `mosquitto` (emu) starts a real mosquitto for the run (password file and ACL from the run's kit); "
                + "mqtt://host:port joins an external broker that accepts the run's credentials (written under the run folder's secrets/); "
                + "either way the harness relays wire to inbox as a client. Default: the embedded broker (lab: on nf.config's listener).",
        };
        broker.Validators.Add(result => CliValues.BrokerUrl(result, allowMosquitto: true));
        var config = new Option<string>("--config")
        {
            Description = "lab: the kit's nf.config (nf.keys beside it): its boards, their power switches, its broker's listener.",
            DefaultValueFactory = _ => Harness.Provisioning.KitConfigFile.DefaultPath,
        };
        var secrets = new Option<string?>("--secrets") { Description = "lab: the secrets root of the kit (default: GENERALS_SECRETS, then ~/.generals/secrets)." };
        var wait = new Option<string?>("--wait")
        {
            Description = "lab: wait this long (60s, 2m) for boards that are not online yet, instead of refusing at once with the presence table.",
        };
        wait.Validators.Add(CliValues.DurationValue);
        var kit = new Option<string?>("--kit")
        {
            Description = "emu: run on this provisioned kit folder instead of a throwaway kit: KIT/kit/nf.config and nf.keys, KIT/secrets "
                + "(`generals provision --config KIT/kit/nf.config --secrets KIT/secrets`), and each general's store in KIT/data/general-N, "
                + "kept from run to run (keys, one-time key marks, incarnations); the run takes the kit's id. An emulated run's folder is such a kit.",
        };
        var seed = new Option<ulong?>("--seed") { Description = "Replay this seed (sim runs replay exactly)." };
        var output = new Option<string?>("--out") { Description = "Write the run folder here instead of store/<scenario>/<UTC time>/." };
        var force = new Option<bool>("--force") { Description = "Write into the --out folder even when it exists and is not empty." };
        var repeat = new Option<int>("--repeat")
        {
            Description = "Run seeds seed, seed+1, ... this many times; write run folders only for runs that did not behave as expected.",
            DefaultValueFactory = _ => 1,
        };
        repeat.Validators.Add(result => CliValues.InRange(result, 1, RepeatMax));
        var clockScale = new Option<int?>("--clock-scale")
        {
            Description = $"emu: run the plan this many times slower than real time (1 to {TimeScale.Max}). Default: the slowest the plan's "
                + "timing needs on this machine (docs/worlds.md, \"Time per world\"); a plan this machine cannot honour is refused with the reason.",
        };
        clockScale.Validators.Add(result => CliValues.InRange(result, 1, TimeScale.Max));
        var hosts = new Option<int?>("--hosts")
        {
            Description = $"emu: spread the generals round-robin over this many network namespaces, each with its own mosquitto, the brokers "
                + $"bridged (1 to {ScenarioValidator.HostsMax}; Linux, as root; docs/hosts.md). Default: the plan's hosts (1: every general on loopback).",
        };
        hosts.Validators.Add(result => CliValues.InRange(result, 1, ScenarioValidator.HostsMax));
        Option<bool> costs = CostOptions.Costs();
        Option<double> compressionUs = CostOptions.CompressionMicroseconds();
        Option<bool> json = CliJson.Option();
        var command = new Command("run", "Run a scenario and check it against its expected verdict. SIGINT (Ctrl-C) or SIGTERM during an "
            + "emulated run stops the generals, writes the partial run folder (verdict unknown, reason interrupted) and exits 2.");
        command.Arguments.Add(scenario);
        command.Options.Add(mode);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.Options.Add(force);
        command.Options.Add(repeat);
        command.Options.Add(broker);
        command.Options.Add(kit);
        command.Options.Add(config);
        command.Options.Add(secrets);
        command.Options.Add(wait);
        command.Options.Add(clockScale);
        command.Options.Add(hosts);
        command.Options.Add(costs);
        command.Options.Add(compressionUs);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            string runMode = parse.GetValue(mode)!;
            bool labOptions = parse.GetResult(config) is { Implicit: false } || parse.GetValue(secrets) != null || parse.GetValue(wait) != null;
            if (labOptions && runMode != "lab")
            {
                throw new UsageException("--config, --secrets and --wait are for lab runs (--mode lab)");
            }

            var lab = new LabArguments(parse.GetValue(config)!, parse.GetValue(secrets), CliValues.Duration(parse.GetValue(wait) ?? "0s") ?? TimeSpan.Zero);
            OutputFolder.RefuseNonEmpty(parse.GetValue(output), parse.GetValue(force));
            var printer = new RunPrinter(console, parse.GetValue(json))
            {
                ScenarioArgument = parse.GetValue(scenario), LabConfig = runMode == "lab" ? parse.GetValue(config) : null,
            };
            return Run(
                parse.GetValue(scenario)!, runMode, parse.GetValue(seed), parse.GetValue(output), parse.GetValue(repeat), parse.GetValue(broker),
                parse.GetValue(kit), parse.GetValue(clockScale), parse.GetValue(costs) ? parse.GetValue(compressionUs) : null, lab,
                printer, parse.GetValue(hosts));
        });
        return command;
    }

    /// <summary>The most seeds one command sweeps: keeps a sweep bounded (about an hour of simulation).</summary>
    public const int RepeatMax = 1_000_000;

    private static int Run(
        string name, string mode, ulong? seedOption, string? output, int repeat, string? broker, string? kit, int? clockScale, double? costs, LabArguments lab,
        RunPrinter printer, int? hosts = null)
    {
        CliConsole console = printer.Console;
        if (hosts != null && mode != "emu")
        {
            throw new UsageException("--hosts is for emulated runs (--mode emu): it places processes in network namespaces");
        }

        if (clockScale != null && mode != "emu")
        {
            throw new UsageException("--clock-scale is for emulated runs (--mode emu): the simulator's time is virtual");
        }

        if (costs != null && (mode != "sim" || repeat > 1))
        {
            throw new UsageException("--costs is for one simulated run (--mode sim, no --repeat)");
        }

        if (repeat > 1 && mode != "sim")
        {
            throw new UsageException("--repeat is for sim runs (--mode sim)");
        }

        if (broker != null && mode == "sim")
        {
            throw new UsageException("--broker is for emulated and lab runs (--mode emu, --mode lab)");
        }

        if (broker == "mosquitto" && mode == "lab")
        {
            throw new UsageException("--broker mosquitto is for emulated runs; a lab joins its broker with --broker mqtt://host:port");
        }

        if (kit != null && mode != "emu")
        {
            throw new UsageException("--kit is for emulated runs (--mode emu)");
        }

        Scenario scenario = ScenarioLoader.Load(name);
        if (hosts > scenario.Generals)
        {
            throw new UsageException($"--hosts {hosts}: {scenario.Name} has {scenario.Generals} generals, and a host holds at least one");
        }

        scenario.Hosts = hosts ?? scenario.Hosts;
        ulong seed = seedOption ?? scenario.Seed ?? ScenarioRunner.NewSeed();
        printer.Header(scenario, mode, seed);
        if (repeat > 1)
        {
            return RunSweep.Run(scenario, seed, repeat, output, printer);
        }

        string folder = output ?? RunFolder.DefaultPath("store", scenario.Name, DateTime.UtcNow);
        if (costs is { } compressionUs)
        {
            return FinishCosted(CostedRun.Sim(scenario, seed, compressionUs), folder, output == null, printer);
        }

        if (mode == "sim")
        {
            return Finish(ScenarioRunner.RunSim(scenario, seed), folder, output == null, printer, costs: null);
        }

        // The handlers stay registered until the partial folder is written: a signal then cannot cut the write short.
        using var interrupts = new Interrupts();
        RunOutcome run = mode == "lab"
            ? LabRun.Run(scenario, seed, lab.ConfigPath, lab.Secrets, broker, lab.Wait, console, interrupts)
            : EmuRun.Run(scenario, seed, folder, broker, kit, console, interrupts, clockScale);
        int code = Finish(run, folder, output == null, printer, costs: null);
        if (interrupts.Signal is { } signal)
        {
            console.Error.WriteLine($"interrupted by {signal}: every general was stopped; partial run folder: {folder}");
        }

        return code;
    }

    private static int Finish(RunOutcome run, string folder, bool linkLatest, RunPrinter printer, CostedOutcome? costs)
    {
        OutputFolder.Write(folder, () => RunFolder.Write(run, folder, linkLatest));
        printer.Result(run, folder, costs);
        return run.ExitCode;
    }

    private static int FinishCosted(CostedOutcome costed, string folder, bool linkLatest, RunPrinter printer)
    {
        if (costed.Costs is { } report)
        {
            OutputFolder.Write(folder, () =>
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, CostJson.FileName), CostJson.Serialize(report));
            });
        }

        return Finish(costed.Run, folder, linkLatest, printer, costed);
    }

    /// <summary>What a lab run takes besides the common options: nf.config, the secrets root, how long to wait for boards.</summary>
    private sealed record LabArguments(string ConfigPath, string? Secrets, TimeSpan Wait);
}
