using Generals.Core.Protocols;

namespace Generals.Exercises
{
    /// <summary>
    /// Exercise 3: OM(m), the oral messages algorithm. The kit runs the rounds, checks every message that arrives and keeps
    /// what came along each path (view.Received); you say what this general sends in each round (view.Send, a path ending
    /// with this general) and what it obeys at the end: the recursive majority over the paths. Graded by
    /// `generals grade . --lab 3`; the kit's answer is Generals.Core.Protocols.OralRule. As shipped it sends nothing and
    /// decides nothing: every check fails.
    /// </summary>
    public sealed class OralMessagesExercise : IOralRule
    {
        /// <inheritdoc/>
        public void SendRound(IOralView view, int round)
        {
            // Round 0: the commander sends its order (path: just the commander). Round k: relay what came along each path
            // of length k, with this general appended, as OM(m) says.
        }

        /// <inheritdoc/>
        public int Decide(IOralView view)
        {
            // The commander obeys its own order; a lieutenant the majority of the values along the commander's path.
            return ProtocolCodes.NoOrder;
        }
    }
}
