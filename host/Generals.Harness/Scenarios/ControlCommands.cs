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

    /// <summary>
    /// The encoded Control frame carrying <paramref name="command"/> to <paramref name="target"/>, signed with the harness key;
    /// null when the key cannot sign (damaged, exhausted: <see cref="ISigner.LastError"/> says why), and nothing is sent.
    /// </summary>
    public static byte[]? SignedFrame(string kit, int target, uint sequence, ControlCommand command, ISigner harness)
    {
        ArgumentNullException.ThrowIfNull(harness);
        var frame = new Frame(FrameKind.Control, kit, new FrameRoute(FrameLimits.HarnessId, target),
            new FrameStamp(1, sequence, 0, 0), ValueRecord.Encode((int)command.Type, command.Arguments));
        byte[]? signature = harness.Sign(FrameCodec.EncodeSignedPart(frame, true));
        return signature == null ? null : FrameCodec.Encode(frame.WithSignature(harness.Scheme, signature));
    }

    /// <summary>
    /// What the history records when the harness key refuses to sign a command: an unplanned fault of the harness (node 0),
    /// so the run is judged unknown with this reason, never blamed on the generals that did not get the command.
    /// </summary>
    public static string SignFailure(WorkloadSpec work, int target, SignError error) =>
        $"the harness key cannot sign ({error}): {work.Command} to general {target} not sent";

    /// <summary>The `control` history event of sending <paramref name="command"/> (the termination check reads its detail).</summary>
    public static HistoryEvent HistoryOf(long timeMs, int target, WorkloadSpec work, ControlCommand command) => new()
    {
        TimeMs = timeMs, Type = HistoryTypes.Control, Node = target, Value = (long)command.Type,
        Detail = work.Command + (command.Arguments.Length > 0 ? " " + string.Join(",", command.Arguments) : ""),
    };
}
