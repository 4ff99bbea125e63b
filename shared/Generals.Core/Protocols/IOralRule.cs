namespace Generals.Core.Protocols
{
    /// <summary>
    /// The algorithm of OM(m) (Lamport, Shostak and Pease 1982) as a general runs it, behind the rounds, deadlines, checks of
    /// arriving messages and persistence that <see cref="OralMessages"/> provides: what to send in each round, and how to
    /// decide at the end. The kit's own is <see cref="OralRule"/> (exercise 3, exercises/README.md).
    /// </summary>
    public interface IOralRule
    {
        /// <summary>Round <paramref name="round"/> (0..m) starts: send this round's messages through <see cref="IOralView.Send"/>.</summary>
        void SendRound(IOralView view, int round);

        /// <summary>
        /// The last deadline passed: the order this general obeys (<see cref="ProtocolCodes.Attack"/> or Retreat), or
        /// <see cref="ProtocolCodes.NoOrder"/> to decide nothing.
        /// </summary>
        int Decide(IOralView view);
    }
}
