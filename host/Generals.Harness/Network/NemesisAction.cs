using Generals.Harness.History;

namespace Generals.Harness.Network;

/// <summary>
/// What the nemesis does with one copy of a frame: deliver these bytes after a delay, or drop it (<see cref="Reason"/> says
/// why); <see cref="Type"/> is the history line it makes (deliver, drop, duplicate, corrupt, spoof, replay), with the
/// bits it flipped or the sender it claimed.
/// </summary>
public readonly record struct NemesisAction(bool Deliver, long DelayMs, byte[] Bytes, HistoryType Type, string Reason = "", int Bits = 0, int Claimed = 0);
