using Generals.Core.Detection;

namespace Generals.Harness.Exercises;

/// <summary>A student's <see cref="IFailureDetector"/> behind a guard: after it throws once it never suspects again, the fault noted.</summary>
internal sealed class GuardedDetector(IFailureDetector inner, ExerciseFaults faults) : IFailureDetector
{
    private readonly StudentGuard _guard = new(inner, faults);

    public long LastArrivalMs => _guard.Ask(nameof(LastArrivalMs), () => inner.LastArrivalMs, 0);

    public void Reset(long nowMs) => _guard.Do(nameof(Reset), () => inner.Reset(nowMs));

    public void Heartbeat(long nowMs) => _guard.Do(nameof(Heartbeat), () => inner.Heartbeat(nowMs));

    public bool Suspects(long nowMs) => _guard.Ask(nameof(Suspects), () => inner.Suspects(nowMs), false);

    // A wake-up in the past would make the General tick without end: the earliest sensible answer is the next millisecond.
    public long NextCheckMs(long nowMs)
    {
        long next = _guard.Ask(nameof(NextCheckMs), () => inner.NextCheckMs(nowMs), long.MaxValue);
        if (next <= nowMs)
        {
            faults.Note($"{_guard.Name}.{nameof(NextCheckMs)}", $"answered {next} at {nowMs}: a check time must lie after now");
            return nowMs + 1;
        }

        return next;
    }
}
