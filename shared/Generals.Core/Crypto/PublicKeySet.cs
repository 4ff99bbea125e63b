using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Crypto
{
    /// <summary>The kit's public keys by signer id (0 is the harness, 1..254 the Generals), as the kit key file lists them.</summary>
    public sealed class PublicKeySet
    {
        private readonly byte[][] _keys = new byte[FrameLimits.GeneralIdMax + 1][];

        /// <summary>Sets the key of <paramref name="signerId"/> (copied).</summary>
        public void Set(int signerId, byte[] publicKey)
        {
            Check.InRange(signerId, FrameLimits.HarnessId, FrameLimits.GeneralIdMax, "signerId");
            Check.NotNull(publicKey, "publicKey");
            _keys[signerId] = Bytes.Copy(publicKey);
        }

        /// <summary>The key of <paramref name="signerId"/>, or null when none is known or the id is out of range.</summary>
        public byte[] Get(int signerId)
        {
            return signerId < FrameLimits.HarnessId || signerId > FrameLimits.GeneralIdMax ? null : _keys[signerId];
        }

        /// <summary>The number of signers with a key.</summary>
        public int Count
        {
            get
            {
                int count = 0;
                for (int i = 0; i < _keys.Length; i++)
                {
                    if (_keys[i] != null)
                    {
                        count++;
                    }
                }

                return count;
            }
        }
    }
}
