namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// General <see cref="General"/> plays forge in <see cref="Instance"/>: its set-traitor (at <see cref="SetAtMs"/>,
/// <see cref="Standing"/> when the harness sends it again after each restart) was the latest before the instance was
/// started at <see cref="StartedAtMs"/>. A restart in between without a standing entry makes the general loyal again.
/// </summary>
public sealed record ForgerRole(long Instance, int General, long SetAtMs, long StartedAtMs, bool Standing);
