using System.Runtime.InteropServices;

namespace Generals.Cli;

/// <summary>
/// SIGINT (Ctrl-C) and SIGTERM while a run is going interrupt the run, not the process: the run stops its
/// processes and the partial run folder is written before the command exits 2. Later signals are absorbed until
/// then (a bounded wait: the generals' stop grace and the folder's write); kill -9 still ends everything at once.
/// </summary>
public sealed class Interrupts : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private string? _signal;

    public Interrupts()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Raise(context, "SIGINT"));
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Raise(context, "SIGTERM"));
    }

    /// <summary>Cancelled at the first signal.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>The first signal's name ("SIGTERM"), or null while none came.</summary>
    public string? Signal => Volatile.Read(ref _signal);

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _cancel.Dispose();
    }

    private void Raise(PosixSignalContext context, string name)
    {
        context.Cancel = true;
        if (Interlocked.CompareExchange(ref _signal, name, null) == null)
        {
            _cancel.Cancel();
        }
    }
}
