namespace Generals.Core.Crypto
{
    /// <summary>
    /// Where a General's link keys come from when they are not all set up front: the simulator derives the key of a pair
    /// from its seed only when the pair first exchanges a frame, so a General of a 10,000-General simulation holds the
    /// keys of the peers it talks to, not of all 9,999 (issue 16).
    /// </summary>
    public interface ILinkKeySource
    {
        /// <summary>The <see cref="FrameMac.KeyBytes"/>-byte key shared with <paramref name="peer"/>, or null when there is none.</summary>
        byte[] KeyFor(int peer);

        /// <summary>Whether a key is shared with <paramref name="peer"/>, without deriving it (checked for every peer at start).</summary>
        bool Covers(int peer);
    }
}
