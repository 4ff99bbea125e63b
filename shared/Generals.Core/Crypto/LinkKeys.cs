using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// A General's per-pair link keys from provisioning (docs/signatures.md): one symmetric key shared with each peer, so
    /// every frame on a link carries an HMAC-SHA256 tag (<see cref="FrameMac"/>) instead of a signature and spends no
    /// one-time key. A pair key proves the frame came from the other end of that link; it proves nothing to a third
    /// General, which is why SM(m) chains and control commands stay signed.
    /// </summary>
    public sealed class LinkKeys
    {
        private readonly FrameMac[] _macs = new FrameMac[FrameLimits.GeneralIdMax + 1];

        /// <summary>Sets the key shared with <paramref name="peer"/> (exactly <see cref="FrameMac.KeyBytes"/> bytes).</summary>
        public void Set(int peer, byte[] key)
        {
            Check.InRange(peer, 1, FrameLimits.GeneralIdMax, "peer");
            _macs[peer] = new FrameMac(key);
        }

        /// <summary>
        /// The same keys, each seal's compressions from now on counted by <paramref name="counter"/> (the simulator's cost
        /// report); the keys themselves stay where they are and are never copied out.
        /// </summary>
        public LinkKeys CountedBy(Sha256Counter counter)
        {
            LinkKeys counted = new LinkKeys();
            for (int peer = 1; peer <= FrameLimits.GeneralIdMax; peer++)
            {
                if (_macs[peer] != null)
                {
                    counted._macs[peer] = _macs[peer].CountedBy(counter);
                }
            }

            return counted;
        }

        /// <summary>The seal of the link with <paramref name="peer"/>, or null when no key is shared with it.</summary>
        public FrameMac MacFor(int peer)
        {
            return peer < 1 || peer > FrameLimits.GeneralIdMax ? null : _macs[peer];
        }
    }
}
