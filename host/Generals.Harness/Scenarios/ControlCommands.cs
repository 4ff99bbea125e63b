using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Wire;
using Generals.Harness.History;

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

    /// <summary>The encoded Control frame carrying <paramref name="command"/> to <paramref name="target"/>, signed with the harness key.</summary>
    public static byte[] SignedFrame(string kit, int target, uint sequence, ControlCommand command, ISigner harness)
    {
        var frame = new Frame(FrameKind.Control, kit, new FrameRoute(FrameLimits.HarnessId, target),
            new FrameStamp(1, sequence, 0, 0), ValueRecord.Encode((int)command.Type, command.Arguments));
        return FrameCodec.Encode(frame.WithSignature(harness.Scheme, harness.Sign(FrameCodec.EncodeSignedPart(frame, true))));
    }

    /// <summary>The `control` history event of sending <paramref name="command"/> (the termination check reads its detail).</summary>
    public static HistoryEvent HistoryOf(long timeMs, int target, WorkloadSpec work, ControlCommand command) => new()
    {
        TimeMs = timeMs, Type = HistoryTypes.Control, Node = target, Value = (long)command.Type,
        Detail = work.Command + (command.Arguments.Length > 0 ? " " + string.Join(",", command.Arguments) : ""),
    };
}
