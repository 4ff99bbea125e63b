namespace Generals.Core.Protocols
{
    /// <summary>
    /// The algorithm of SM(m) (Lamport, Shostak and Pease 1982) as a general runs it, behind the rounds, deadlines, decoding,
    /// signing, persistence and traitor plans that <see cref="SignedMessages"/> provides: what to send in each round, which
    /// received chains to accept, and the choice at the end. The kit's own is <see cref="SignedRule"/> (exercise 4).
    /// </summary>
    public interface ISignedRule
    {
        /// <summary>Round <paramref name="round"/> (0..m) starts: send this round's chains (<see cref="ISignedView.SendOrder"/>, <see cref="ISignedView.Relay"/>).</summary>
        void SendRound(ISignedView view, int round);

        /// <summary>
        /// A chain of <paramref name="round"/> + 1 signatures from <paramref name="sender"/> arrived on time: 0 when it is
        /// accepted (then <see cref="ISignedView.Add"/> what it brings), else the <see cref="ProtocolViolation"/> it commits
        /// (it is then counted as rejected).
        /// </summary>
        int Receive(ISignedView view, SignedChain chain, int sender, int round);

        /// <summary>The last deadline passed: the order this general obeys, or <see cref="ProtocolCodes.NoOrder"/> to decide nothing.</summary>
        int Decide(ISignedView view);
    }
}
