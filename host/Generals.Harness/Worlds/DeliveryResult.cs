namespace Generals.Harness.Worlds;

/// <summary>What became of a frame a world put into a general's inbox.</summary>
public enum DeliveryResult
{
    /// <summary>In the inbox (or published to it).</summary>
    Delivered,

    /// <summary>The general is powered off: the frame is lost.</summary>
    ReceiverDown,

    /// <summary>The general's inbox is at its bound (a long pause): the frame is lost.</summary>
    BacklogFull,
}
