using Generals.Core.Crypto;
using Generals.Core.Wire;

namespace Generals.Harness.Costs;

/// <summary>A general's view of the kit's verifier with the signatures it checks counted by the <see cref="CostMeter"/>.</summary>
internal sealed class CountingVerifier(IVerifier inner, CostMeter meter) : IVerifier
{
    public SignatureScheme Scheme => inner.Scheme;

    public SignatureCheck Verify(int signerId, byte[] message, byte[] signature)
    {
        meter.Current.SignaturesVerified++;
        return inner.Verify(signerId, message, signature);
    }

    public SignatureCheck Verify(int signerId, byte[] message, int messageOffset, int messageLength, byte[] signature, int signatureOffset, int signatureLength)
    {
        meter.Current.SignaturesVerified++;
        return inner.Verify(signerId, message, messageOffset, messageLength, signature, signatureOffset, signatureLength);
    }
}
