using Generals.Core.Node;

namespace Generals.Harness.Scenarios;

/// <summary>Maps a workload entry to the harness command a general receives.</summary>
public static class ControlCommands
{
    private static readonly Dictionary<string, ControlType> Names = new(StringComparer.Ordinal)
    {
        ["send-stream"] = ControlType.SendStream,
        ["start-instance"] = ControlType.StartInstance,
        ["set-traitor"] = ControlType.SetTraitor,
        ["start-detector"] = ControlType.StartDetector,
        ["report-counters"] = ControlType.ReportCounters,
    };

    public static bool IsKnown(string command) =>
        Names.ContainsKey(command) || (int.TryParse(command, out int type) && type >= 1 && type <= ControlTypes.Max);

    /// <summary>The command for a workload entry.</summary>
    public static ControlCommand For(WorkloadSpec w)
    {
        ControlType type = Names.TryGetValue(w.Command, out ControlType named) ? named : (ControlType)int.Parse(w.Command, System.Globalization.CultureInfo.InvariantCulture);
        long[] args = type == ControlType.SendStream && w.Args.Count == 0
            ? [w.To, w.Count, w.IntervalMs, w.FirstId]
            : [.. w.Args];
        return new ControlCommand(type, args);
    }
}
