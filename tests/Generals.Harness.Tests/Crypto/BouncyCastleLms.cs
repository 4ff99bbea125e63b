using Generals.Core.Crypto;
using Org.BouncyCastle.Pqc.Crypto.Lms;
using BcLmsSigner = Org.BouncyCastle.Pqc.Crypto.Lms.LmsSigner;

namespace Generals.Harness.Tests.Crypto;

/// <summary>BouncyCastle's independent LMS (tests only), spoken in our parameter sets.</summary>
internal static class BouncyCastleLms
{
    public static LMSigParameters Tree(LmsParameterSet parameters) => LMSigParameters.GetParametersByID((int)parameters.TypeCode);

    public static LMOtsParameters Ots(LmOtsParameterSet ots) => LMOtsParameters.GetParametersByID((int)ots.TypeCode);

    /// <summary>BouncyCastle's private key for the same I and SEED as <paramref name="key"/>.</summary>
    public static LmsPrivateKeyParameters PrivateKey(LmsPrivateKey key) =>
        Lms.GenerateKeys(Tree(key.Parameters), Ots(key.Ots), 0, key.Identifier, key.Seed);

    public static byte[] Sign(LmsPrivateKeyParameters key, byte[] message)
    {
        var signer = new BcLmsSigner();
        signer.Init(true, key);
        return signer.GenerateSignature(message);
    }

    /// <summary>BouncyCastle's verdict; a signature it cannot even parse counts as rejected.</summary>
    public static bool Verify(byte[] publicKey, byte[] message, byte[] signature)
    {
        try
        {
            var verifier = new BcLmsSigner();
            verifier.Init(false, LmsPublicKeyParameters.GetInstance(publicKey));
            return verifier.VerifySignature(message, signature);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            return false;
        }
    }
}
