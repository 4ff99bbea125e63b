using Generals.Core.Crypto;
using Generals.Core.Wire;

namespace Generals.Harness.Costs;

/// <summary>A general's signer with the signatures it makes counted by the <see cref="CostMeter"/>.</summary>
internal sealed class CountingSigner(ISigner inner, CostMeter meter) : ISigner
{
    public SignatureScheme Scheme => inner.Scheme;

    public SignError LastError => inner.LastError;

    public long RemainingSignatures => inner.RemainingSignatures;

    public byte[] Sign(byte[] message)
    {
        byte[] signature = inner.Sign(message);
        if (signature != null)
        {
            meter.Current.SignaturesMade++;
        }

        return signature!;
    }
}
