using Generals.Harness.Worlds.Emu;

namespace Generals.Harness.Exercises;

/// <summary>How `generals grade` runs a lab's checks.</summary>
public sealed class GradeOptions
{
    /// <summary>Where each run's folder (history, results, report.html) is written: one folder per run.</summary>
    public required string OutputRoot { get; init; }

    /// <summary>Starts `generals node` for the emulated checks; null skips them (they then earn nothing, said so).</summary>
    public GeneralsLauncher? Launcher { get; init; }

    /// <summary>
    /// A simulated run or search that takes longer is abandoned and its checks earn nothing: a student's class that loops
    /// must not hang the grader. The kit's own runs take well under a second each.
    /// </summary>
    public TimeSpan SimTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Runs the explorer tries (the whole space when smaller): enough to meet every one-traitor behaviour of om-n4-m1.</summary>
    public int ExploreBudget { get; init; } = 300;

    /// <summary>Hears a line when each run starts.</summary>
    public Action<string>? Progress { get; init; }
}
