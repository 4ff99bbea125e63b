using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Core.Wire;
using Generals.Harness.History;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>Small readings of a history shared by the agreement checkers and the round trace (the checkers' running state is <see cref="AgreementTracker"/>).</summary>
public static class AgreementHistory
{
    public const int TwoGenerals = ProtocolCodes.TwoGenerals;
    public const int OralMessages = ProtocolCodes.OralMessages;
    public const int SignedMessages = ProtocolCodes.SignedMessages;

    /// <summary>Every decide event of the instance, in history order.</summary>
    public static IEnumerable<HistoryEvent> Decisions(IReadOnlyList<HistoryEvent> history, AgreementInstance instance) =>
        history.Where(e => e.Type == HistoryType.Decide && e.Instance == instance.Instance && e.Protocol == instance.Protocol);

    /// <summary>Protocol frames the network carried for the instance (sends only, not deliveries).</summary>
    public static IEnumerable<HistoryEvent> ProtocolSends(IReadOnlyList<HistoryEvent> history, long instance) =>
        history.Where(e => e.Type == HistoryType.Send && e.Kind == FrameKind.Protocol && e.Instance == instance);

    /// <summary>"ATTACK path 1>3": what a protocol frame carried, as the network wrote it from the payload.</summary>
    public static string Message(HistoryEvent send) => send.Payload.Length == 0 ? "(no payload)" : send.Payload;

    /// <summary>True when <paramref name="command"/> starts <paramref name="instance"/>.</summary>
    public static bool IsStartOf(ControlCommand command, AgreementInstance instance) =>
        command is StartInstanceCommand start && start.Protocol == instance.Protocol && start.Instance == instance.Instance;

    /// <summary>"ATTACK" or "RETREAT".</summary>
    public static string Order(long order) => ProtocolCodes.OrderName(order);
}
