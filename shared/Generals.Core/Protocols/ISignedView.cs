namespace Generals.Core.Protocols
{
    /// <summary>
    /// One SM(m) instance as one general sees it, handed to an <see cref="ISignedRule"/>: who commands, m, the generals, the
    /// set V of orders accepted, the chains waiting to be relayed, and the ways to sign, check and send chains.
    /// </summary>
    public interface ISignedView
    {
        /// <summary>The commander's id.</summary>
        int Commander { get; }

        /// <summary>The commander's order (only meaningful at the commander): <see cref="ProtocolCodes.Attack"/> or Retreat.</summary>
        int Order { get; }

        /// <summary>m: the instance has m + 1 rounds (0..m) and tolerates m traitors.</summary>
        int M { get; }

        /// <summary>This general's id.</summary>
        int Self { get; }

        /// <summary>Every general taking part, ascending (this one included).</summary>
        int[] Generals { get; }

        /// <summary>True when V holds <paramref name="order"/>.</summary>
        bool Holds(int order);

        /// <summary>
        /// Adds <paramref name="order"/>, which the chain being received carries, to V; with <paramref name="relay"/> that chain
        /// waits to be relayed at the start of the next round (<see cref="TakeDue"/>). Only while receiving a chain.
        /// </summary>
        void Add(int order, bool relay);

        /// <summary>The chain carrying <paramref name="order"/> that waited for this round to be relayed, or null; taking it clears it.</summary>
        SignedChain TakeDue(int order);

        /// <summary>True when the signature at <paramref name="position"/> of <paramref name="chain"/> is its signer's, over that chain's order and earlier signers.</summary>
        bool Verifies(SignedChain chain, int position);

        /// <summary>Round 0 at the commander: signs <see cref="Order"/> and sends it to every lieutenant.</summary>
        void SendOrder();

        /// <summary>Adds this general's signature to <paramref name="chain"/> and sends it to every general not yet in it, in this round.</summary>
        void Relay(SignedChain chain);
    }
}
