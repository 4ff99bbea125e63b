namespace Generals.Harness.Network;

/// <summary>What a general's retained status topic says (Core's <c>StatusPayload</c>); `offline` is also its MQTT last will.</summary>
public enum GeneralStatus
{
    /// <summary>A payload that is none of the three (the gate admits none such; kept so the mapping is total).</summary>
    Unknown,

    /// <summary>Connected and running.</summary>
    Online,

    /// <summary>Gone: its last will, published by the broker when its connection ended without a goodbye (a power cut).</summary>
    Offline,

    /// <summary>Connected, but its boot failed: it stays silent.</summary>
    Failed,
}
