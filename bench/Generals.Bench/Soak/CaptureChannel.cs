namespace Generals.Bench.Soak;

/// <summary>The topic a captured frame came on (numbers stored in the capture file).</summary>
public enum CaptureChannel
{
    None = 0,

    /// <summary>gl/{kit}/wire/{from}: what a general (or a client holding its password) sent.</summary>
    Wire = 1,

    /// <summary>gl/{kit}/n/{id}/ctl: a command for general id, signed with the harness key.</summary>
    Control = 2,

    /// <summary>gl/{kit}/n/{id}/events: general id's sealed telemetry.</summary>
    Events = 3,

    /// <summary>gl/{kit}/n/{id}/status: general id's sealed status.</summary>
    Status = 4,
}
