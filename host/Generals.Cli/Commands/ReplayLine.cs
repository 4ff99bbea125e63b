using System.Globalization;
using Generals.Harness.Runs;

namespace Generals.Cli.Commands;

/// <summary>
/// The `replay:` command a run prints, which runs as printed: the scenario as it was given (a YAML file by its full path, a
/// built-in by name), its seed, and the world it ran in (`--mode emu`, `--mode lab --config ...`). A simulated run replays
/// exactly; an emulated or lab run replays the same plan and seed, never the same interleaving (docs/worlds.md).
/// </summary>
public static class ReplayLine
{
    /// <summary>The command for <paramref name="run"/>, given as <paramref name="scenarioArgument"/> (null: by its name).</summary>
    public static string For(RunOutcome run, string? scenarioArgument = null, string? labConfig = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        string scenario = scenarioArgument != null && File.Exists(scenarioArgument) ? Quoted(Path.GetFullPath(scenarioArgument)) : run.Scenario.Name;
        string world = run.Mode switch
        {
            "emu" => " --mode emu" + (run.Scenario.Hosts > 1 ? " --hosts " + run.Scenario.Hosts.ToString(CultureInfo.InvariantCulture) : ""),
            "lab" => " --mode lab" + (labConfig != null ? " --config " + Quoted(Path.GetFullPath(labConfig)) : ""),
            _ => "",
        };
        return string.Create(CultureInfo.InvariantCulture, $"generals run {scenario} --seed {run.Seed}{world}");
    }

    /// <summary>What the printed line adds after the command for a run that cannot replay exactly (a shell comment).</summary>
    public static string Note(RunOutcome run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Mode == "sim" ? "" : "   # the same plan and seed; real processes do not repeat their interleaving";
    }

    // A path a shell takes as one word.
    private static string Quoted(string path) =>
        path.Any(c => char.IsWhiteSpace(c) || "'\"$`\\;&|<>()*?[]#~!".Contains(c, StringComparison.Ordinal)) ? "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'" : path;
}
