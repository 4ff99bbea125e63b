using Generals.Core.Crypto;
using Generals.Core.Tests.Crypto;
using Generals.Core.Wire;
using Generals.Harness.Worlds.Sim;

namespace Generals.Harness.Tests.Crypto;

/// <summary>
/// LMS stateful safety (DESIGN 9): a power cut may land on any store write (between the two copies of the mark too),
/// and the signer that boots afterwards must never use a one-time key index twice, whatever was lost, nor take
/// what the cut left for damage.
/// </summary>
public class LmsCrashTests
{
    // A small block makes many reservations in a 32-leaf key, so crashes land on many different marks.
    private const int Block = 4;
    private const int Leaves = 32;

    [Fact]
    public void Sign_CrashAtEveryWrite_NoIndexEverUsedTwice()
    {
        (SimStore probe, byte[] publicKey, long keyWrites) = ProvisionedStore();
        int writesWithoutCrash = Run(probe, crashAtWrite: -1, publicKey).Writes;
        Assert.True(writesWithoutCrash > 2 * (Leaves / Block), "every sign writes an app record and every block a mark");

        for (long k = keyWrites; k <= keyWrites + writesWithoutCrash; k++)
        {
            (SimStore store, _, _) = ProvisionedStore();
            RunResult result = Run(store, k, publicKey);

            Assert.Equal(result.Indices.Count, result.Indices.Distinct().Count());
            Assert.True(result.Crashes <= 1);
            Assert.True(result.Indices.Count >= Leaves - Block, $"crash at write {k} lost more than one block");
        }
    }

    [Fact]
    public void Sign_RandomPowerCutsAnywhere_NoIndexEverUsedTwice()
    {
        var random = new Random(2024);
        for (int run = 0; run < 25; run++)
        {
            (SimStore store, byte[] publicKey, long keyWrites) = ProvisionedStore();
            var indices = new List<int>();
            LmsSigner signer = Boot(store);
            LmsKeyRing ring = LmsTestKeys.Ring(1, publicKey);
            for (int step = 0; step < 200 && signer.LastError != SignError.KeyExhausted; step++)
            {
                if (random.Next(4) == 0)
                {
                    store.CrashAtWrite(store.DurableWrites + random.Next(3));
                }

                store.Write("app.counter", [(byte)step]);
                try
                {
                    byte[] signature = signer.Sign([(byte)step, (byte)run]);
                    if (signature != null)
                    {
                        Assert.Equal(SignatureCheck.Valid, ring.Verify(1, [(byte)step, (byte)run], signature));
                        indices.Add(QOf(signature));
                    }

                    if (random.Next(5) == 0)
                    {
                        store.Crash();
                        signer = Boot(store);
                    }
                }
                catch (SimulatedCrashException)
                {
                    store.Crash();
                    signer = Boot(store);
                }
            }

            Assert.Equal(indices.Count, indices.Distinct().Count());
            Assert.True(keyWrites > 0);
        }
    }

    private static RunResult Run(SimStore store, long crashAtWrite, byte[] publicKey)
    {
        var indices = new List<int>();
        int crashes = 0;
        long writesBefore = store.DurableWrites;
        LmsSigner signer = Boot(store);
        LmsKeyRing ring = LmsTestKeys.Ring(1, publicKey);
        if (crashAtWrite >= 0)
        {
            store.CrashAtWrite(crashAtWrite);
        }

        for (int step = 0; step < 3 * Leaves && signer.LastError != SignError.KeyExhausted; step++)
        {
            // Other state shares the flushes, as in a node: the crash may land on its write before the mark's.
            store.Write("app.counter", [(byte)step]);
            try
            {
                byte[] message = [(byte)step];
                byte[] signature = signer.Sign(message);
                if (signature != null)
                {
                    Assert.Equal(SignatureCheck.Valid, ring.Verify(1, message, signature));
                    indices.Add(QOf(signature));
                }
            }
            catch (SimulatedCrashException)
            {
                crashes++;
                store.Crash();
                signer = Boot(store);
            }
        }

        Assert.Equal(SignError.KeyExhausted, signer.LastError);
        return new RunResult(indices, crashes, (int)(store.DurableWrites - writesBefore));
    }

    // A power cut leaves old or new records (and the two mark copies possibly a block apart), never damage.
    private static LmsSigner Boot(SimStore store)
    {
        var signer = new LmsSigner(store, Sha256.Create, Block);
        Assert.Equal(SignError.None, signer.Failure);
        return signer;
    }

    private static (SimStore Store, byte[] PublicKey, long KeyWrites) ProvisionedStore()
    {
        var store = new SimStore();
        byte[] publicKey = new LmsKeyGenerator(Sha256.Create).Generate(LmsTestKeys.Key(LmsParameterSet.H5, LmOtsParameterSet.W1, 3), store);
        return (store, publicKey, store.DurableWrites);
    }

    private static int QOf(byte[] signature) => (signature[0] << 24) | (signature[1] << 16) | (signature[2] << 8) | signature[3];

    private sealed record RunResult(List<int> Indices, int Crashes, int Writes);
}
