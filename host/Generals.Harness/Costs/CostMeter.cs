using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;

namespace Generals.Harness.Costs;

/// <summary>
/// Measures what each simulated general's Core spends (docs/costs.md), from the host, around each call the simulator makes
/// into a general's runtime: the SHA-256 compressions counted by Core's own hashes (<see cref="Hashes"/>), the signatures its
/// signer makes and its verifier checks, the managed bytes allocated on the thread (without what the simulator's store and
/// transport allocate: a board's seams are not Core), and what it publishes. Each call's figures go to the round its start
/// time falls in (<see cref="CostRound"/>), or between rounds. One simulation, one thread, one call at a time.
/// </summary>
public sealed class CostMeter
{
    /// <summary>Bucket of the time outside every round.</summary>
    public const int BetweenRounds = -1;

    private readonly Dictionary<(int General, int Round), CostFigures> _figures = [];
    private readonly Dictionary<int, ISigner> _signers = [];
    private readonly CallScope _scope;
    private CostFigures? _current;
    private long _compressionsBefore;
    private long _allocatedBefore;
    private long _seamAllocated;
    private long _seamStarted;
    private int _seamDepth;

    /// <summary>A meter for a run whose rounds are <paramref name="rounds"/>.</summary>
    public CostMeter(IReadOnlyList<CostRound> rounds)
    {
        Rounds = rounds ?? throw new ArgumentNullException(nameof(rounds));
        _scope = new CallScope(this);
    }

    /// <summary>Counts the compressions of every hash made for the run's generals (their scheme's and their seals').</summary>
    public Sha256Counter Hashes { get; } = new();

    /// <summary>The run's OM and SM rounds.</summary>
    public IReadOnlyList<CostRound> Rounds { get; }

    /// <summary>What general <paramref name="id"/> spent in round <paramref name="round"/> (an index of <see cref="Rounds"/>, or <see cref="BetweenRounds"/>).</summary>
    public CostFigures Of(int id, int round) => _figures.TryGetValue((id, round), out CostFigures? figures) ? figures : new CostFigures();

    /// <summary>Every general that was measured, in id order.</summary>
    public IEnumerable<int> Generals => _figures.Keys.Select(k => k.General).Concat(_signers.Keys).Distinct().Order();

    /// <summary>General <paramref name="id"/>'s latest signer (its key's budget is read from it), or null.</summary>
    public ISigner? SignerOf(int id) => _signers.GetValueOrDefault(id);

    /// <summary>
    /// Makes <paramref name="settings"/> measured: its signer and verifier counted, its seals' hashes counted by <see cref="Hashes"/>.
    /// Called once per boot, before the General is made.
    /// </summary>
    public void Watch(NodeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _signers[settings.Id] = settings.Signer;
        settings.Signer = new CountingSigner(settings.Signer, this);
        settings.Verifier = new CountingVerifier(settings.Verifier, this);
        settings.HashCounter = Hashes;
    }

    /// <summary>A general's transport, with what it publishes counted and what publishing allocates left out.</summary>
    public ITransport Transport(ITransport inner) => new MeteredTransport(inner, this);

    /// <summary>A general's store, with what it allocates left out (the simulator's store copies every record).</summary>
    public IStore Store(IStore inner) => new MeteredStore(inner, this);

    /// <summary>
    /// Starts a call into general <paramref name="id"/>'s runtime at harness time <paramref name="nowMs"/>; disposing it ends
    /// the call and adds what it spent. Calls do not nest.
    /// </summary>
    public IDisposable Enter(int id, long nowMs)
    {
        if (_current != null)
        {
            throw new InvalidOperationException("a call into a general started inside another");
        }

        int round = BetweenRounds;
        for (int i = 0; i < Rounds.Count; i++)
        {
            if (Rounds[i].Holds(nowMs))
            {
                round = i;
                break;
            }
        }

        if (!_figures.TryGetValue((id, round), out CostFigures? figures))
        {
            figures = new CostFigures();
            _figures[(id, round)] = figures;
        }

        _current = figures;
        _seamAllocated = 0;
        _compressionsBefore = Hashes.Compressions;
        _allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        return _scope;
    }

    internal CostFigures Current => _current ?? throw new InvalidOperationException("a general's signer, verifier or transport was used outside a call into it");

    /// <summary>A seam (store, transport) starts work that is the host's, not Core's.</summary>
    internal void SeamStarted()
    {
        if (_seamDepth++ == 0)
        {
            _seamStarted = GC.GetAllocatedBytesForCurrentThread();
        }
    }

    internal void SeamEnded()
    {
        if (--_seamDepth == 0)
        {
            _seamAllocated += GC.GetAllocatedBytesForCurrentThread() - _seamStarted;
        }
    }

    private void Exit()
    {
        long allocated = GC.GetAllocatedBytesForCurrentThread() - _allocatedBefore - _seamAllocated;
        CostFigures figures = Current;
        figures.AllocatedBytes += allocated;
        figures.Compressions += Hashes.Compressions - _compressionsBefore;
        _current = null;
        _seamDepth = 0;
    }

    // One scope object for every call: a new one per call would be the meter's own allocation inside the measured span.
    private sealed class CallScope(CostMeter meter) : IDisposable
    {
        public void Dispose() => meter.Exit();
    }
}
