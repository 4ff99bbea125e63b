using System.Collections.Concurrent;
using System.Text.Json;
using Generals.Harness.Checkers;
using Generals.Harness.History;
using Generals.Harness.Runs;
using Generals.Harness.Worlds.Emu;

namespace Generals.Cli.Serve;

/// <summary>
/// One emulated run started from the live view: its history as JSON lines in the order they were recorded, the verdicts
/// of the incremental checkers fed those lines, the instructor's hand on its world, and how it ended. The run's threads
/// only enqueue events (<see cref="Attach"/>); <see cref="Pump"/>, on the session's own loop, turns them into lines and
/// verdicts, so a slow page or a failing judge never holds up the run.
/// </summary>
public sealed class LiveSession
{
    /// <summary>Lines one session keeps for its pages: tens of thousands for a built-in; the bound keeps a runaway run from filling the server's memory.</summary>
    public const int LinesMax = 1_000_000;

    /// <summary>Events waiting for the pump at most; beyond it they are counted and left out of the live view (the run folder has them all).</summary>
    public const int QueueMax = 200_000;

    private readonly Lock _lock = new();
    private readonly List<string> _lines = [];
    private readonly ConcurrentQueue<HistoryEvent> _incoming = new();
    private RunJudges? _judges;
    private string _verdicts = "[]";
    private int _verdictsVersion;
    private int _generation;
    private long _linesLeftOut;
    private volatile string _state = "starting";
    private volatile Instructor? _instructor;

    public LiveSession(int id, string scenario, int generals, ulong seed, string folder, string folderUnderStore)
    {
        Id = id;
        Scenario = scenario;
        Generals = generals;
        Seed = seed;
        Folder = folder;
        FolderUnderStore = folderUnderStore;
    }

    public int Id { get; }

    public string Scenario { get; }

    public int Generals { get; }

    public ulong Seed { get; }

    /// <summary>The run folder the run writes when it ends.</summary>
    public string Folder { get; }

    /// <summary>The run folder's path under the store ('/'-separated), for links.</summary>
    public string FolderUnderStore { get; }

    /// <summary>Stops the run (the server is stopping).</summary>
    public CancellationTokenSource Cancel { get; } = new();

    /// <summary>starting, running (the plan's start line is in), finished or failed.</summary>
    public string State => _state;

    /// <summary>The run's verdict once finished ("valid", ...), its match with the expectation, or why it failed.</summary>
    public string Outcome { get; private set; } = "";

    /// <summary>The instructor's hand on the run's current world, or null before the world exists.</summary>
    public Instructor? Instructor => _instructor;

    /// <summary>True once the run ended (finished or failed) and every event is pumped.</summary>
    public bool Ended => _state is "finished" or "failed";

    /// <summary>A (new) start of the run's world: the view starts over with its history.</summary>
    public void Attach(Instructor instructor)
    {
        ArgumentNullException.ThrowIfNull(instructor);
        int generation;
        lock (_lock)
        {
            generation = ++_generation;
            _lines.Clear();
            _incoming.Clear();
            _judges = new RunJudges(CheckerCatalog.For(instructor.Scenario), instructor.Scenario.Informative);
            _verdicts = "[]";
            _verdictsVersion++;
            _state = "starting";
        }

        instructor.History.EventRecorded += e =>
        {
            if (Volatile.Read(ref _generation) == generation && _incoming.Count < QueueMax)
            {
                _incoming.Enqueue(e);
            }
            else if (Volatile.Read(ref _generation) == generation)
            {
                Interlocked.Increment(ref _linesLeftOut);
            }
        };
        _instructor = instructor;
    }

    /// <summary>Moves the events recorded since the last call into the lines and the judges.</summary>
    public void Pump()
    {
        lock (_lock)
        {
            bool any = false;
            while (_incoming.TryDequeue(out HistoryEvent? e))
            {
                any = true;
                if (e.Type == HistoryType.Start && _state == "starting")
                {
                    _state = "running";
                }

                if (_lines.Count < LinesMax)
                {
                    _lines.Add(HistoryJson.ToText([e]).TrimEnd('\n'));
                }
                else
                {
                    _linesLeftOut++;
                }

                Judge(e);
            }

            if (any && _judges != null)
            {
                _verdicts = JsonSerializer.Serialize(_judges.Results().Select(r => new Dictionary<string, string>
                {
                    ["name"] = r.Name, ["verdict"] = r.Verdict.Name(), ["witness"] = r.Witness.FirstOrDefault() ?? "",
                }));
                _verdictsVersion++;
            }
        }
    }

    /// <summary>Lines from <paramref name="from"/> on (at most <paramref name="countMax"/>), the view's generation (a new start resets it), and the verdicts with their version.</summary>
    public (List<string> Lines, int Generation, string Verdicts, int VerdictsVersion) Read(int from, int countMax)
    {
        lock (_lock)
        {
            int start = Math.Clamp(from, 0, _lines.Count);
            return (_lines.GetRange(start, Math.Min(countMax, _lines.Count - start)), _generation, _verdicts, _verdictsVersion);
        }
    }

    /// <summary>The run's state as JSON, for the page and scripts.</summary>
    public string StatusJson()
    {
        lock (_lock)
        {
            return JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["id"] = Id, ["scenario"] = Scenario, ["seed"] = Seed, ["generals"] = Generals, ["state"] = _state, ["outcome"] = Outcome,
                ["folder"] = FolderUnderStore, ["lines"] = _lines.Count, ["lines_left_out"] = _linesLeftOut,
            });
        }
    }

    /// <summary>The run ended and its folder is written.</summary>
    public void Finish(string outcome)
    {
        Pump();
        Outcome = outcome;
        _state = "finished";
    }

    /// <summary>The run could not be carried out (refused plan, a process that would not start).</summary>
    public void Fail(string why)
    {
        Pump();
        Outcome = why;
        _state = "failed";
    }

    // A judge that throws on a line it did not expect stops judging: the live verdicts say so, the run goes on.
    private void Judge(HistoryEvent e)
    {
        if (_judges == null)
        {
            return;
        }

        try
        {
            _judges.Observe(e);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            _judges = null;
            _verdicts = JsonSerializer.Serialize(new[] { new Dictionary<string, string> { ["name"] = "live checks", ["verdict"] = "unknown", ["witness"] = "stopped: " + failure.Message } });
            _verdictsVersion++;
        }
    }
}
