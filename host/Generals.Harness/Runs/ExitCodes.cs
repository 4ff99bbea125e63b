namespace Generals.Harness.Runs;

/// <summary>
/// The exit codes of the `generals` command: the verdict for runs (0, 1, 2), then the sysexits.h codes, so a
/// grading script can tell a typo (64) or a missing file (66) from a failed experiment (1).
/// </summary>
public static class ExitCodes
{
    /// <summary>The verdict is the one the scenario expects.</summary>
    public const int AsExpected = 0;

    /// <summary>The verdict is not the one the scenario expects.</summary>
    public const int NotAsExpected = 1;

    /// <summary>The verdict is unknown: a check saw nothing to judge, a process died unplanned, or the run was interrupted.</summary>
    public const int Unknown = 2;

    /// <summary>EX_USAGE: an unknown command or option, a bad option value, a missing argument.</summary>
    public const int Usage = 64;

    /// <summary>EX_DATAERR: an input file that is there but wrong (scenario YAML, nf.config).</summary>
    public const int BadInput = 65;

    /// <summary>EX_NOINPUT: an input file that is not there (scenario file, nf.config, a broker password).</summary>
    public const int InputMissing = 66;

    /// <summary>EX_SOFTWARE: a bug of ours (the message asks for --verbose and a report).</summary>
    public const int Internal = 70;

    /// <summary>EX_IOERR: a port in use, a read-only or full disk, a process that cannot be started.</summary>
    public const int IoFailure = 74;
}
