namespace Generals.Harness.Worlds.Lab.Virtual;

/// <summary>
/// One lab run on a virtual lab: the scenario, what it expects, the `generals run` exit code and verdict, its run folder, how
/// many `power` lines its history holds, and the hand's unannounced pull, if any ("board 2 at 2000 ms").
/// </summary>
public sealed record VirtualRun(string Scenario, string Expected, int ExitCode, string Verdict, string Folder, int PowerLines, string? Pulled)
{
    /// <summary>
    /// True when the run did what it should: its expected verdict (exit 0), or, after an unannounced pull, unknown (exit 2)
    /// because the harness recorded the pull as an unplanned fault.
    /// </summary>
    public bool AsItShould => Pulled == null ? ExitCode == 0 : ExitCode == 2 && Verdict == "unknown";
}
