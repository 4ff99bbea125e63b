namespace Generals.Core.Protocols
{
    /// <summary>How a Byzantine general deviates (first argument of SetTraitor). Numbers are on the wire: never renumber.</summary>
    public enum TraitorStrategy
    {
        /// <summary>Follows the protocol.</summary>
        Loyal = 0,

        /// <summary>Sends nothing.</summary>
        Silent = 1,

        /// <summary>Tells different generals different orders (its own partition, drawn from the plan seed and its id).</summary>
        Equivocate = 2,

        /// <summary>Each message: ATTACK, RETREAT or nothing, drawn from the plan seed; a plan parameter (mode 1 enumerated,
        /// 2 sampled) makes every message ATTACK or RETREAT as a plan says (see <see cref="TraitorPlan"/>).</summary>
        Random = 3,

        /// <summary>All traitors with the same plan seed tell the same half of the generals ATTACK and the other half RETREAT.
        /// Parameter: bit g set for each fellow traitor g below 63, left out of the partition.</summary>
        Collude = 4,

        /// <summary>Alters what it relays: OM flips the order (parameter 1: a path it did not receive); SM tampers with the
        /// signature chain (parameter 1 altered order, 2 a signature it lacks, 3 a misattributed signature; 0 draws one).</summary>
        Forge = 5,

        /// <summary>Sends an order from an earlier instance (SM: the earlier instance's signed chain).</summary>
        Replay = 6,

        /// <summary>Sends the honest messages just past the round deadline (parameter: how far past, in ms; 0 means 1).</summary>
        Late = 7,
    }
}
