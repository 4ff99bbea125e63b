using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Wire;
using Generals.Harness.History;
using Generals.Harness.Plan;

namespace Generals.Harness.Scenarios;

/// <summary>Maps a workload entry to the typed harness command a general receives, its signed frame and its history line.</summary>
public static class ControlCommands
{
    /// <summary>True when <paramref name="command"/> is a command (the loader reads only those; 0 is a workload entry that names none).</summary>
    public static bool IsKnown(ControlType command) => Enum.IsDefined(command);

    /// <summary>
    /// The command of a workload entry whose command is known (<see cref="IsKnown"/>): `send-stream` from its named fields
    /// (or its args when it gives them), every other command from its args in the documented order; an argument the entry
    /// leaves out is 0 (the validator names it).
    /// </summary>
    public static ControlCommand For(WorkloadSpec w)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (!IsKnown(w.Command))
        {
            throw new ArgumentException($"workload command {(int)w.Command} is not a command", nameof(w));
        }

        var args = new Arguments(w.Args);
        return w.Command switch
        {
            ControlType.SendStream when w.Args.Count == 0 => new SendStreamCommand(w.To, w.Count, w.IntervalMs, w.FirstId),
            ControlType.SendStream => new SendStreamCommand(args.Next(), args.Next(), args.Next(), args.Next()),
            ControlType.StartInstance => new StartInstanceCommand(args.Next(), args.Next(), args.Next(), args.Next(), args.Next(), args.Next(), args.Next(), args.Next()),
            ControlType.SetTraitor => new SetTraitorCommand(args.Next(), args.Next(), args.Next()),
            ControlType.StartDetector => new StartDetectorCommand(args.Next(), args.Next(), args.Next(), args.Next()),
            _ => new ReportCountersCommand(),
        };
    }

    /// <summary>The workload's entries whose command is a <typeparamref name="T"/>, each with its typed command, in workload order.</summary>
    public static IEnumerable<(WorkloadSpec Work, T Command)> InWorkload<T>(Scenario scenario)
        where T : ControlCommand
    {
        ArgumentNullException.ThrowIfNull(scenario);
        foreach (WorkloadSpec work in scenario.Workload.Where(w => IsKnown(w.Command)))
        {
            if (For(work) is T command)
            {
                yield return (work, command);
            }
        }
    }

    /// <summary>
    /// The encoded Control frame carrying <paramref name="command"/> to <paramref name="target"/>, signed with the harness key;
    /// null when the key cannot sign (damaged, exhausted: <see cref="ISigner.LastError"/> says why), and nothing is sent.
    /// </summary>
    public static byte[]? SignedFrame(string kit, int target, uint sequence, ControlCommand command, ISigner harness)
    {
        ArgumentNullException.ThrowIfNull(harness);
        var frame = new Frame(FrameKind.Control, kit, new FrameRoute(FrameLimits.HarnessId, target),
            new FrameStamp(1, sequence, 0, 0), ControlCodec.Encode(command));
        byte[]? signature = harness.Sign(FrameCodec.EncodeSignedPart(frame, true));
        return signature == null ? null : FrameCodec.Encode(frame.WithSignature(harness.Scheme, signature));
    }

    /// <summary>
    /// What the history records when the harness key refuses to sign a command: an unplanned fault of the harness (node 0),
    /// so the run is judged unknown with this reason, never blamed on the generals that did not get the command.
    /// </summary>
    public static string SignFailure(WorkloadSpec work, int target, SignError error) =>
        $"the harness key cannot sign ({error}): {PlanNames.Of(work.Command)} to general {target} not sent";

    /// <summary>The `control` history line of sending <paramref name="command"/> to <paramref name="target"/>: the command with its typed fields.</summary>
    public static HistoryEvent HistoryOf(long timeMs, int target, ControlCommand command) => new()
    {
        TimeMs = timeMs, Type = HistoryType.Control, General = target, Command = command,
    };

    /// <summary>A workload entry's raw args read in order, 0 past the end.</summary>
    private sealed class Arguments(List<long> values)
    {
        private int _next;

        public long Next() => _next < values.Count ? values[_next++] : 0;
    }
}
