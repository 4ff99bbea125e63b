using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Crypto
{
    /// <summary>The `lms` scheme: RFC 8554 LMS over SHA-256, with the kit's parameter set for new keys.</summary>
    public sealed class LmsScheme : ISignatureScheme
    {
        private readonly Sha256Factory _hashes;

        /// <summary>Creates the scheme for keys of <paramref name="parameters"/>/<paramref name="ots"/> over the given hash.</summary>
        public LmsScheme(LmsParameterSet parameters, LmOtsParameterSet ots, Sha256Factory hashes)
        {
            Check.NotNull(parameters, "parameters");
            Check.NotNull(ots, "ots");
            Check.NotNull(hashes, "hashes");
            LmsParameters = parameters;
            Ots = ots;
            _hashes = hashes;
        }

        /// <summary>The tree parameters of new keys.</summary>
        public LmsParameterSet LmsParameters { get; }

        /// <summary>The one-time signature parameters of new keys.</summary>
        public LmOtsParameterSet Ots { get; }

        /// <inheritdoc/>
        public SignatureScheme Id
        {
            get { return SignatureScheme.Lms; }
        }

        /// <inheritdoc/>
        public string Name
        {
            get { return "lms"; }
        }

        /// <inheritdoc/>
        public string Parameters
        {
            get { return LmsParameters.Name + "/" + Ots.Name; }
        }

        /// <summary>I (16 bytes) and SEED (32 bytes).</summary>
        public int EntropyBytes
        {
            get { return LmsHasher.IdentifierBytes + LmsPrivateKey.SeedBytes; }
        }

        /// <summary>Parses "H10/W4" (any case) into the parameter sets; false when either half is unknown.</summary>
        public static bool TryParseParameters(string text, out LmsParameterSet parameters, out LmOtsParameterSet ots)
        {
            parameters = null;
            ots = null;
            if (text == null)
            {
                return false;
            }

            int slash = text.IndexOf('/');
            if (slash < 0)
            {
                return false;
            }

            parameters = LmsParameterSet.FromName(text.Substring(0, slash).Trim());
            ots = LmOtsParameterSet.FromName(text.Substring(slash + 1).Trim());
            return parameters != null && ots != null;
        }

        /// <inheritdoc/>
        public byte[] GenerateKey(byte[] entropy, IStore store)
        {
            Check.That(entropy != null && entropy.Length == EntropyBytes, "LMS key entropy is 48 bytes");
            Check.NotNull(store, "store");
            LmsPrivateKey key = new LmsPrivateKey(
                LmsParameters,
                Ots,
                Bytes.Slice(entropy, 0, LmsHasher.IdentifierBytes),
                Bytes.Slice(entropy, LmsHasher.IdentifierBytes, LmsPrivateKey.SeedBytes));
            return new LmsKeyGenerator(_hashes).Generate(key, store);
        }

        /// <inheritdoc/>
        public ISigner OpenSigner(IStore store)
        {
            return new LmsSigner(store, _hashes);
        }

        /// <inheritdoc/>
        public IVerifier CreateVerifier(PublicKeySet keys)
        {
            Check.NotNull(keys, "keys");
            LmsKeyRing ring = new LmsKeyRing(_hashes);
            for (int i = 0; i < keys.Count; i++)
            {
                int id = keys.SignerAt(i);
                ring.Add(id, keys.Get(id));
            }

            return ring;
        }

        /// <inheritdoc/>
        public bool IsPublicKey(byte[] publicKey)
        {
            return LmsPublicKey.TryParse(publicKey) != null;
        }
    }
}
