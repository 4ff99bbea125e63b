namespace Generals.Harness.Costs;

/// <summary>What a general's Core spent in some span of a run (one round, between rounds, or the whole run).</summary>
public sealed class CostFigures
{
    /// <summary>SHA-256 compressions (64-byte blocks) in its signer, verifier and seals.</summary>
    public long Compressions { get; set; }

    /// <summary>Signatures its signer made (each spends a one-time key of a stateful key).</summary>
    public long SignaturesMade { get; set; }

    /// <summary>Signatures its verifier checked (control commands and SM(m) chains), valid or not.</summary>
    public long SignaturesVerified { get; set; }

    /// <summary>Managed bytes allocated inside its Core calls, without what the simulator's store and transport allocated.</summary>
    public long AllocatedBytes { get; set; }

    /// <summary>Protocol and link frames it published on its wire topic.</summary>
    public long FramesSent { get; set; }

    /// <summary>Bytes of those frames.</summary>
    public long BytesSent { get; set; }

    /// <summary>Telemetry (events and status) it published: the observation channel, not the protocol.</summary>
    public long TelemetrySent { get; set; }

    /// <summary>Bytes of that telemetry.</summary>
    public long TelemetryBytes { get; set; }

    /// <summary>Adds every figure of <paramref name="other"/> to this one.</summary>
    public void Add(CostFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Compressions += other.Compressions;
        SignaturesMade += other.SignaturesMade;
        SignaturesVerified += other.SignaturesVerified;
        AllocatedBytes += other.AllocatedBytes;
        FramesSent += other.FramesSent;
        BytesSent += other.BytesSent;
        TelemetrySent += other.TelemetrySent;
        TelemetryBytes += other.TelemetryBytes;
    }

    /// <summary>The larger of each figure of this one and <paramref name="other"/>: the most any one general spent.</summary>
    public void Max(CostFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Compressions = Math.Max(Compressions, other.Compressions);
        SignaturesMade = Math.Max(SignaturesMade, other.SignaturesMade);
        SignaturesVerified = Math.Max(SignaturesVerified, other.SignaturesVerified);
        AllocatedBytes = Math.Max(AllocatedBytes, other.AllocatedBytes);
        FramesSent = Math.Max(FramesSent, other.FramesSent);
        BytesSent = Math.Max(BytesSent, other.BytesSent);
        TelemetrySent = Math.Max(TelemetrySent, other.TelemetrySent);
        TelemetryBytes = Math.Max(TelemetryBytes, other.TelemetryBytes);
    }
}
