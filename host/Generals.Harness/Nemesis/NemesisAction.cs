namespace Generals.Harness.Nemesis;

/// <summary>What the nemesis does with one copy of a frame: deliver these bytes after a delay, or drop it.</summary>
public readonly record struct NemesisAction(bool Deliver, long DelayMs, byte[] Bytes, string HistoryType, string? Detail);
