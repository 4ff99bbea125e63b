namespace Generals.Bench.Soak;

/// <summary>What one soak does and how long (every number is a bound or a probability; docs in bench/README.md).</summary>
public sealed record SoakOptions
{
    /// <summary>Wall time of the runs: no run starts after it (the one running finishes, then the checks run).</summary>
    public double Minutes { get; init; } = 30;

    /// <summary>Seed of every choice the soak makes (scenarios, kills, flips); the processes themselves are not deterministic.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Keep the soak folder (kit, capture, runs, mosquitto's log) instead of deleting it.</summary>
    public bool Keep { get; init; }

    /// <summary>Where the soak folder goes (a fresh temporary folder when null).</summary>
    public string? Folder { get; init; }

    /// <summary>
    /// The kit's LMS parameter set; null picks by length: a run spends about 30 harness indices (a command per general,
    /// and up to 15 of a reserved block lost when the harness exits) and about 20 per general, a run takes about
    /// 12 s, so an H10 key (1024) lasts about six minutes of soak and H15 (32,768) many hours.
    /// </summary>
    public string? Lms { get; init; }

    /// <summary>Runs at most (the clock normally ends the soak first).</summary>
    public int RunsMax { get; init; } = 10_000;

    /// <summary>Chance that the soak kills the harness (kill -9) at a random moment of a run.</summary>
    public double HarnessKillChance { get; init; } = 0.25;

    /// <summary>Chance that the soak kills one general of a run by hand (kill -9; the harness did not plan it).</summary>
    public double GeneralKillChance { get; init; } = 0.15;

    /// <summary>Chance of a bit flip in a state or key file before a run (while every process is down).</summary>
    public double FlipChance { get; init; } = 0.4;

    /// <summary>The soak stops starting runs when a signer has fewer one-time keys left than this (two runs' worth, with room).</summary>
    public int KeysReserve { get; init; } = 128;

    /// <summary>Where progress lines go (null: nowhere).</summary>
    public TextWriter? Progress { get; init; }

    /// <summary>The parameter set for <see cref="Minutes"/>: H10/W4 up to five minutes, H15/W4 beyond (see <see cref="Lms"/>).</summary>
    public string LmsParameters => Lms ?? (Minutes <= 5 ? "H10/W4" : "H15/W4");
}
