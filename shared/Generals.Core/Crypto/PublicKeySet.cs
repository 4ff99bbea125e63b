using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// The kit's public keys by signer id (0 is the harness, 1 .. <see cref="FrameLimits.GeneralIdMax"/> the Generals), as
    /// the kit key file lists them; holds only the signers set (<see cref="IdTable"/>).
    /// </summary>
    public sealed class PublicKeySet
    {
        private readonly IdTable _keys = new IdTable();

        /// <summary>Sets the key of <paramref name="signerId"/> (copied).</summary>
        public void Set(int signerId, byte[] publicKey)
        {
            Check.InRange(signerId, FrameLimits.HarnessId, FrameLimits.GeneralIdMax, "signerId");
            Check.NotNull(publicKey, "publicKey");
            _keys.Set(signerId, Bytes.Copy(publicKey));
        }

        /// <summary>The key of <paramref name="signerId"/>, or null when none is known or the id is out of range.</summary>
        public byte[] Get(int signerId)
        {
            return (byte[])_keys.Get(signerId);
        }

        /// <summary>The number of signers with a key.</summary>
        public int Count
        {
            get { return _keys.Count; }
        }

        /// <summary>Slots the set's table holds (what it costs; see <see cref="IdTable.Capacity"/>).</summary>
        public int Capacity
        {
            get { return _keys.Capacity; }
        }

        /// <summary>The signer at <paramref name="index"/> (0 .. Count - 1), ids ascending: walk the signers set, not every id.</summary>
        public int SignerAt(int index)
        {
            return _keys.IdAt(index);
        }
    }
}
