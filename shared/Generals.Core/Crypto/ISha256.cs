namespace Generals.Core.Crypto
{
    /// <summary>
    /// The SHA-256 seam: an incremental hash that LMS calls thousands of times per signature. Core ships a portable
    /// implementation (<see cref="Sha256"/>) because the board has none it can call; the host may plug in its own.
    /// An instance holds state: one caller at a time.
    /// </summary>
    public interface ISha256
    {
        /// <summary>Forgets everything hashed so far.</summary>
        void Reset();

        /// <summary>Hashes <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        void Update(byte[] data, int offset, int count);

        /// <summary>Writes the 32-byte digest at <paramref name="offset"/> and resets for the next message.</summary>
        void Final(byte[] output, int offset);
    }
}
