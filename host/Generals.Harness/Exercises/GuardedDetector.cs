using Generals.Core.Detection;

namespace Generals.Harness.Exercises;

/// <summary>A student's <see cref="IFailureDetector"/> behind a guard: after it throws once it never suspects again, the fault noted.</summary>
internal sealed class GuardedDetector(IFailureDetector inner, ExerciseFaults faults) : IFailureDetector
{
    private bool _failed;

    private string Name => inner.GetType().Name;

    public long LastArrivalMs => Ask(nameof(LastArrivalMs), () => inner.LastArrivalMs, 0);

    public void Reset(long nowMs) => Ask(nameof(Reset), () => { inner.Reset(nowMs); return 0; }, 0);

    public void Heartbeat(long nowMs) => Ask(nameof(Heartbeat), () => { inner.Heartbeat(nowMs); return 0; }, 0);

    public bool Suspects(long nowMs) => Ask(nameof(Suspects), () => inner.Suspects(nowMs), false);

    // A wake-up in the past would make the General tick without end: the earliest sensible answer is the next millisecond.
    public long NextCheckMs(long nowMs)
    {
        long next = Ask(nameof(NextCheckMs), () => inner.NextCheckMs(nowMs), long.MaxValue);
        if (next <= nowMs)
        {
            faults.Note($"{Name}.{nameof(NextCheckMs)}", $"answered {next} at {nowMs}: a check time must lie after now");
            return nowMs + 1;
        }

        return next;
    }

    private T Ask<T>(string method, Func<T> call, T fallback)
    {
        if (_failed)
        {
            return fallback;
        }

        try
        {
            return call();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _failed = true;
            faults.Threw($"{Name}.{method}", e);
            return fallback;
        }
    }
}
