using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// A General's per-pair link keys from provisioning (docs/signatures.md): one symmetric key shared with each peer, so
    /// every frame on a link carries an HMAC-SHA256 tag (<see cref="FrameMac"/>) instead of a signature and spends no
    /// one-time key. A pair key proves the frame came from the other end of that link; it proves nothing to a third
    /// General, which is why SM(m) chains and control commands stay signed.
    /// A link's seal (the key's two hash states and a hash, under 1 KB) is made when its key is set (provisioning: a board
    /// allocates up front) or, for keys asked of an <see cref="ILinkKeySource"/> (the simulator), when the link is first
    /// used: then memory grows with the peers a General talks to, not with the size of its kit.
    /// </summary>
    public sealed class LinkKeys
    {
        private readonly ILinkKeySource _source;
        private readonly Sha256Counter _counter;
        private readonly IdTable _macs = new IdTable();

        /// <summary>Keys set one by one with <see cref="Set"/>.</summary>
        public LinkKeys()
        {
        }

        /// <summary>Keys asked of <paramref name="source"/> the first time each link is used.</summary>
        public LinkKeys(ILinkKeySource source)
            : this(source, null)
        {
            Check.NotNull(source, "source");
        }

        private LinkKeys(ILinkKeySource source, Sha256Counter counter)
        {
            _source = source;
            _counter = counter;
        }

        /// <summary>Sets the key shared with <paramref name="peer"/> (exactly <see cref="FrameMac.KeyBytes"/> bytes).</summary>
        public void Set(int peer, byte[] key)
        {
            Check.That(_source == null, "keys are set only where they do not come from a source");
            Check.InRange(peer, 1, FrameLimits.GeneralIdMax, "peer");
            _macs.Set(peer, new FrameMac(key));
        }

        /// <summary>
        /// The same keys, each seal's compressions from now on counted by <paramref name="counter"/> (the simulator's cost
        /// report); the keys themselves stay where they are and are never copied out.
        /// </summary>
        public LinkKeys CountedBy(Sha256Counter counter)
        {
            LinkKeys counted = new LinkKeys(_source, counter);
            for (int i = 0; i < _macs.Count; i++)
            {
                counted._macs.Set(_macs.IdAt(i), ((FrameMac)_macs.ValueAt(i)).CountedBy(counter));
            }

            return counted;
        }

        /// <summary>Whether a key is shared with <paramref name="peer"/>, without making its seal.</summary>
        public bool Covers(int peer)
        {
            return peer >= 1 && peer <= FrameLimits.GeneralIdMax && (_macs.Contains(peer) || (_source != null && _source.Covers(peer)));
        }

        /// <summary>The seal of the link with <paramref name="peer"/>, or null when no key is shared with it.</summary>
        public FrameMac MacFor(int peer)
        {
            if (peer < 1 || peer > FrameLimits.GeneralIdMax)
            {
                return null;
            }

            FrameMac mac = (FrameMac)_macs.Get(peer);
            if (mac != null || _source == null)
            {
                return mac;
            }

            byte[] key = _source.KeyFor(peer);
            if (key == null)
            {
                return null;
            }

            // The key's pad states are provisioning's work, not the link's: only the seals' compressions are counted.
            mac = new FrameMac(key);
            if (_counter != null)
            {
                mac = mac.CountedBy(_counter);
            }

            _macs.Set(peer, mac);
            return mac;
        }

        /// <summary>Seals made so far: every key set, and each link used of a source's.</summary>
        public int SealsMade
        {
            get { return _macs.Count; }
        }
    }
}
