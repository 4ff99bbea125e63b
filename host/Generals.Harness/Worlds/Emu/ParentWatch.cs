namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// Lets a process the harness started die with the harness however the harness dies (kill -9 included): the
/// harness keeps the child's standard input open and never writes to it, so the end of that input means the
/// harness is gone; a second guard polls whether the parent process is still there (a pipe another process
/// inherited by mistake would keep the first guard quiet). Reports once, on a background thread.
/// </summary>
public sealed class ParentWatch : IDisposable
{
    /// <summary>How often the parent is looked for: a child outlives a dead harness by at most this long.</summary>
    public const int ParentPollMs = 250;

    private readonly Action<string> _onGone;
    private readonly Func<bool> _parentAlive;
    private readonly CancellationTokenSource _stop = new();
    private int _reported;

    private ParentWatch(Func<bool> parentAlive, Action<string> onGone)
    {
        _parentAlive = parentAlive;
        _onGone = onGone;
    }

    /// <summary>
    /// Watches <paramref name="input"/> (the pipe from the parent) and <paramref name="parentAlive"/>; calls
    /// <paramref name="onGone"/> with what was seen, once, when either says the parent is gone.
    /// </summary>
    public static ParentWatch Start(Stream input, Func<bool> parentAlive, Action<string> onGone)
    {
        var watch = new ParentWatch(parentAlive, onGone);
        new Thread(() => watch.ReadUntilEnd(input)) { IsBackground = true, Name = "parent pipe" }.Start();
        new Thread(watch.Poll) { IsBackground = true, Name = "parent poll" }.Start();
        return watch;
    }

    /// <summary>Watches this process's standard input and the parent <paramref name="parentPid"/>.</summary>
    public static ParentWatch ForParent(int parentPid, Action<string> onGone) =>
        Start(Console.OpenStandardInput(), () => ParentProcess.IsAlive(parentPid), onGone);

    public void Dispose() => _stop.Cancel();

    private void ReadUntilEnd(Stream input)
    {
        var buffer = new byte[256];
        try
        {
            // The parent never writes; whatever arrives is ignored. Zero bytes read is the end of the pipe.
            while (input.Read(buffer, 0, buffer.Length) > 0)
            {
            }
        }
        catch (IOException)
        {
        }

        Report("the pipe from the parent closed");
    }

    private void Poll()
    {
        while (!_stop.Token.WaitHandle.WaitOne(ParentPollMs))
        {
            if (!_parentAlive())
            {
                Report("the parent process is gone");
                return;
            }
        }
    }

    private void Report(string what)
    {
        if (!_stop.IsCancellationRequested && Interlocked.Exchange(ref _reported, 1) == 0)
        {
            _onGone(what);
        }
    }
}
