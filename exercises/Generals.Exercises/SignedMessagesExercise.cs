using Generals.Core.Protocols;

namespace Generals.Exercises
{
    /// <summary>
    /// Exercise 4: SM(m), the signed messages algorithm. The kit runs the rounds, decodes chains of signatures, signs and
    /// sends; you say what this general sends in each round (view.SendOrder, view.Relay of what waits in view.TakeDue),
    /// which received chains to accept into V (signers and signatures checked with view.Verifies, then view.Add) and the
    /// choice at the end. Graded by `generals grade . --lab 4`; the kit's answer is Generals.Core.Protocols.SignedRule. As
    /// shipped it sends nothing and decides nothing: every check fails.
    /// </summary>
    public sealed class SignedMessagesExercise : ISignedRule
    {
        /// <inheritdoc/>
        public void SendRound(ISignedView view, int round)
        {
            // Round 0: the commander signs and sends its order. Round r: relay, signed, each chain that waited for this round.
        }

        /// <inheritdoc/>
        public int Receive(ISignedView view, SignedChain chain, int sender, int round)
        {
            // Accept a chain only if it is well signed; then add its order to V (and relay it next round if m allows).
            return 0;
        }

        /// <inheritdoc/>
        public int Decide(ISignedView view)
        {
            // choice(V).
            return ProtocolCodes.NoOrder;
        }
    }
}
