namespace Generals.Bench.Soak;

/// <summary>One frame of the capture: its topic's channel and general (the target for control), when, and the bytes.</summary>
public sealed record CapturedFrame(CaptureChannel Channel, int Node, long UnixMs, byte[] Bytes);
