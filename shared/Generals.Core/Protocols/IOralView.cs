namespace Generals.Core.Protocols
{
    /// <summary>
    /// One OM(m) instance as one general sees it, handed to an <see cref="IOralRule"/>: who commands, m, the generals, the
    /// order received along each path, and the one way to send. Paths are arrays of general ids, the commander first.
    /// </summary>
    public interface IOralView
    {
        /// <summary>The commander's id.</summary>
        int Commander { get; }

        /// <summary>The commander's order (only meaningful at the commander): <see cref="ProtocolCodes.Attack"/> or Retreat.</summary>
        int Order { get; }

        /// <summary>m: the instance has m + 1 rounds (0..m) and tolerates m traitors among 3m + 1 generals.</summary>
        int M { get; }

        /// <summary>This general's id.</summary>
        int Self { get; }

        /// <summary>Every general taking part, ascending (this one included).</summary>
        int[] Generals { get; }

        /// <summary>
        /// The order received along the first <paramref name="length"/> ids of <paramref name="path"/> (the commander first, the
        /// sender last), or <see cref="ProtocolCodes.NoOrder"/> when none arrived by its round's deadline.
        /// </summary>
        int Received(int[] path, int length);

        /// <summary>
        /// Sends <paramref name="order"/> along the first <paramref name="length"/> ids of <paramref name="path"/>, which end with
        /// this general, to every general not on it, in this round (a traitor's plan may change what leaves).
        /// </summary>
        void Send(int[] path, int length, int order);
    }
}
