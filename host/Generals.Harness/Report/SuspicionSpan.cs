namespace Generals.Harness.Report;

/// <summary>
/// A time <see cref="Monitor"/> suspected <see cref="Peer"/> (suspect..trust, or to the run's end); a mistake when the peer
/// was not crashed when the suspicion began (a paused peer is alive: suspecting it is a mistake too).
/// </summary>
public sealed record SuspicionSpan(int Monitor, int Peer, long FromMs, long UntilMs, bool Mistake, string Title);
