namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// What the scenario knows about one Byzantine-generals instance and the checkers need: the protocol, who
/// commands, the order, m, the round length, the harness time round 0 starts (the StartInstance time plus its
/// start delay), every general taking part and which of them are traitors.
/// </summary>
public sealed record AgreementInstance(
    long Instance,
    int Protocol,
    int Commander,
    int Order,
    int M,
    int RoundMs,
    long StartMs,
    IReadOnlyList<int> Generals,
    IReadOnlySet<int> Traitors)
{
    /// <summary>The deadline of the last round: when every loyal general decides.</summary>
    public long EndMs => StartMs + ((long)(M + 1) * RoundMs);

    /// <summary>True when the commander is a traitor.</summary>
    public bool CommanderIsTraitor => Traitors.Contains(Commander);

    /// <summary>Generals that follow the protocol, ascending.</summary>
    public IEnumerable<int> Loyal => Generals.Where(g => !Traitors.Contains(g)).Order();

    /// <summary>Loyal generals other than the commander, ascending.</summary>
    public IEnumerable<int> LoyalLieutenants => Loyal.Where(g => g != Commander);

    /// <summary>"1 (commander)" or "2": how a witness names a general.</summary>
    public string Describe(int general) => general == Commander ? $"{general} (commander)" : $"{general}";

    /// <summary>"OM(1)", "SM(2)" or "Two Generals".</summary>
    public string ProtocolName => Protocol switch
    {
        AgreementHistory.OralMessages => $"OM({M})",
        AgreementHistory.SignedMessages => $"SM({M})",
        AgreementHistory.TwoGenerals => "Two Generals",
        _ => $"protocol {Protocol}",
    };
}
