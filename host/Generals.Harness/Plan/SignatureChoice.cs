namespace Generals.Harness.Plan;

/// <summary>The signature scheme a scenario asks for (`signature`); its spelling (<see cref="PlanNames"/>) is also the nf.config scheme name.</summary>
public enum SignatureChoice
{
    /// <summary>Signatures derived from the run's seed: simulation only, nothing to provision.</summary>
    Ideal,

    /// <summary>Ed25519 (NSec on the host).</summary>
    Ed25519,

    /// <summary>LMS, with the scenario's `lms` parameter set.</summary>
    Lms,
}
