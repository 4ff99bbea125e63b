using System.Diagnostics;
using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Crypto;
using Generals.Harness.Plan;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Worlds.Sim;

/// <summary>
/// The signature scheme a simulation runs, the one its scenario names: `ideal` (free, sim only), or the real `lms`
/// (Core's RFC 8554 code, the scenario's parameter set) or `ed25519` (NSec), with every key derived from the run's
/// seed, so a seed replays the same signatures. A general's LMS private state lives in its simulated store: the
/// one-time key index is reserved there, power cuts included, exactly as on a board. Never silently another scheme.
/// </summary>
public sealed class SimSignatures
{
    private const ulong KeyMix = 0xD1B54A32D192ED03UL;

    /// <summary>
    /// Keys kept for the next run in this process: key generation is deterministic in (scheme, parameters, seed, id), so a
    /// key made once is replayed into the next store that needs it, the same writes and flushes, and runs of one seed make
    /// each key once (an H10/W4 key costs a second). 64 H10 keys are about 4 MB.
    /// </summary>
    private const int KeptKeysMax = 64;

    private static readonly Dictionary<(string, string, ulong, int), KeptKey> s_kept = [];
    private static readonly Lock s_keptLock = new();

    private readonly ISignatureScheme? _scheme;
    private readonly IdealSignatures? _ideal;
    private readonly Dictionary<int, ISigner> _latest = [];

    private SimSignatures(ISignatureScheme? scheme, IdealSignatures? ideal, IVerifier verifier, ISigner harness, string description)
    {
        _scheme = scheme;
        _ideal = ideal;
        Verifier = verifier;
        Harness = harness;
        Description = description;
    }

    /// <summary>Verifies every general's and the harness's signatures.</summary>
    public IVerifier Verifier { get; }

    /// <summary>The harness's signer, for control commands.</summary>
    public ISigner Harness { get; }

    /// <summary>The scheme id on the wire.</summary>
    public SignatureScheme Scheme => Verifier.Scheme;

    /// <summary>What ran, for the run folder: "lms H5/W4 (keys derived from the seed; 5 keys made in 0.3 s)".</summary>
    public string Description { get; }

    /// <summary>
    /// One-time keys each general's stateful key has spent so far, signed or lost with the rest of a reservation block at a
    /// power cut (what its budget of 2^h knows); empty for a stateless scheme.
    /// </summary>
    public IReadOnlyDictionary<int, long> OneTimeKeysUsed =>
        _scheme is LmsScheme lms
            ? _latest.ToDictionary(kv => kv.Key, kv => lms.LmsParameters.Leaves - kv.Value.RemainingSignatures)
            : new Dictionary<int, long>();

    /// <summary>Bytes of one signature (for the rogue client's forged command, which must look like the real thing).</summary>
    public int SignatureBytes => _scheme switch
    {
        LmsScheme lms => lms.LmsParameters.SignatureBytes(lms.Ots),
        Ed25519Scheme => Ed25519Scheme.SignatureBytes,
        _ => IdealSignatures.SignatureBytes,
    };

    /// <summary>
    /// The scheme of <paramref name="scenario"/> for a run with <paramref name="seed"/>; real schemes get a key for the
    /// harness and for every general, written into <paramref name="stores"/>[id] (index 0 unused).
    /// </summary>
    public static SimSignatures Create(Scenario scenario, ulong seed, IReadOnlyList<IStore> stores) => Create(scenario, seed, stores, null);

    /// <summary>
    /// As <see cref="Create(Scenario, ulong, IReadOnlyList{IStore})"/>, with every hash of an `lms` scheme counted by
    /// <paramref name="hashes"/> (the cost report; null counts nothing).
    /// </summary>
    public static SimSignatures Create(Scenario scenario, ulong seed, IReadOnlyList<IStore> stores, Sha256Counter? hashes)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(stores);
        if (scenario.Signature == SignatureChoice.Ideal)
        {
            var ideal = new IdealSignatures(seed);
            return new SimSignatures(null, ideal, ideal, ideal.SignerFor(FrameLimits.HarnessId), "ideal (simulation only)");
        }

        ISignatureScheme scheme = SignatureSchemes.For(PlanNames.Of(scenario.Signature), scenario.Lms, out string? why)
            ?? throw new ScenarioException($"{scenario.Name}: signature {PlanNames.Of(scenario.Signature)} cannot run in the simulator: {why}");
        if (hashes != null && scheme is LmsScheme lms)
        {
            scheme = new LmsScheme(lms.LmsParameters, lms.Ots, hashes.NewHash);
        }

        var clock = Stopwatch.StartNew();
        var keys = new PublicKeySet();
        var harnessStore = new SimStore();
        keys.Set(FrameLimits.HarnessId, GenerateKey(scheme, seed, FrameLimits.HarnessId, harnessStore));
        for (int id = 1; id < stores.Count; id++)
        {
            keys.Set(id, GenerateKey(scheme, seed, id, stores[id]));
        }

        clock.Stop();
        string parameters = scheme.Parameters.Length > 0 ? " " + scheme.Parameters : string.Empty;
        string description = $"{scheme.Name}{parameters} (keys derived from the seed; {stores.Count} keys made in {clock.Elapsed.TotalSeconds:0.0} s)";
        return new SimSignatures(scheme, null, scheme.CreateVerifier(keys), scheme.OpenSigner(harnessStore), description);
    }

    /// <summary>General <paramref name="id"/>'s signer for one boot, over its store (stateful schemes keep their mark there).</summary>
    public ISigner SignerFor(int id, IStore store)
    {
        ISigner signer = _ideal != null ? _ideal.SignerFor(id) : _scheme!.OpenSigner(store);
        _latest[id] = signer;
        return signer;
    }

    private static byte[] GenerateKey(ISignatureScheme scheme, ulong seed, int id, IStore store)
    {
        var name = (scheme.Name, scheme.Parameters, seed, id);
        KeptKey? kept;
        lock (s_keptLock)
        {
            s_kept.TryGetValue(name, out kept);
        }

        if (kept == null)
        {
            var recorder = new RecordingStore();
            kept = new KeptKey(scheme.GenerateKey(Entropy(scheme, seed, id), recorder), recorder.Log);
            lock (s_keptLock)
            {
                if (s_kept.Count < KeptKeysMax)
                {
                    s_kept[name] = kept;
                }
            }
        }

        foreach ((string? record, byte[]? bytes) in kept.Log)
        {
            if (record == null)
            {
                store.Flush();
            }
            else
            {
                store.Write(record, (byte[])bytes!.Clone());
            }
        }

        return (byte[])kept.PublicKey.Clone();
    }

    private static byte[] Entropy(ISignatureScheme scheme, ulong seed, int id)
    {
        var random = new Prng(seed ^ KeyMix ^ ((ulong)(uint)id * 0x9E3779B97F4A7C15UL));
        byte[] entropy = new byte[scheme.EntropyBytes];
        for (int i = 0; i < entropy.Length; i++)
        {
            entropy[i] = (byte)random.NextUInt();
        }

        return entropy;
    }

    private sealed record KeptKey(byte[] PublicKey, IReadOnlyList<(string? Record, byte[]? Bytes)> Log);

    // A store that remembers the writes and flushes of one key generation, in order (a null record is a flush).
    private sealed class RecordingStore : IStore
    {
        private readonly Dictionary<string, byte[]> _records = new(StringComparer.Ordinal);

        public List<(string? Record, byte[]? Bytes)> Log { get; } = [];

        public byte[] Read(string name) => _records.TryGetValue(name, out byte[]? bytes) ? (byte[])bytes.Clone() : null!;

        public void Write(string name, byte[] record)
        {
            _records[name] = (byte[])record.Clone();
            Log.Add((name, (byte[])record.Clone()));
        }

        public void Flush() => Log.Add((null, null));
    }
}
