namespace Generals.Harness.Worlds.Lab.Power;

/// <summary>
/// What a tool or a power switch did: the command line it ran (or what it asked a person to do), its exit code (0: done;
/// <see cref="NotRun"/>: it could not be started or did not finish in time) and what it printed.
/// </summary>
public sealed record ToolResult(string Command, int Code, string Output)
{
    /// <summary>The code of a driver that could not be started, or was stopped after its time limit.</summary>
    public const int NotRun = -1;

    /// <summary>True when the driver says it did it.</summary>
    public bool Ok => Code == 0;

    /// <summary>"uhubctl -l 1-1 -p 2 -a off: exit 0", for a line a person reads.</summary>
    public override string ToString() => Code == NotRun ? $"{Command}: not run ({Output})" : $"{Command}: exit {Code}";
}
