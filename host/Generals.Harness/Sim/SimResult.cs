using Generals.Harness.History;

namespace Generals.Harness.Sim;

/// <summary>What a simulation produced: the history and a few counts.</summary>
public sealed record SimResult(IReadOnlyList<HistoryEvent> History, long Events, long FramesDelivered, long FramesSent);
