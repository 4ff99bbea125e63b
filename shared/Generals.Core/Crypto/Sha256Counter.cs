namespace Generals.Core.Crypto
{
    /// <summary>
    /// Counts SHA-256 compressions (64-byte blocks) of every <see cref="Sha256"/> built with it: the unit a board's hashing
    /// time follows from. Given in by whoever measures (the simulator's cost report); Core only adds to it and never reads
    /// it, so a General behaves the same with or without one. One caller at a time, like the hashes it counts.
    /// </summary>
    public sealed class Sha256Counter
    {
        /// <summary>Compressions counted since this counter was made.</summary>
        public long Compressions { get; private set; }

        /// <summary>A new portable hash counted here: a <see cref="Sha256Factory"/> as <c>counter.NewHash</c>.</summary>
        public ISha256 NewHash()
        {
            return new Sha256(this);
        }

        internal void Add()
        {
            Compressions++;
        }
    }
}
