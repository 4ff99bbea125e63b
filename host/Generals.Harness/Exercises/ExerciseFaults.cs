using System.Collections.Concurrent;

namespace Generals.Harness.Exercises;

/// <summary>
/// What a student's class did wrong at run time (threw, returned something that is no answer), noted by the guards around it
/// so a run goes on without it and the grade says why points were lost. Thread-safe: an explorer runs generals in parallel.
/// </summary>
public sealed class ExerciseFaults(Action<string>? onNote = null)
{
    /// <summary>Faults kept: the first ones say what went wrong; a class that throws on every call would fill memory.</summary>
    public const int KeptMax = 8;

    private readonly ConcurrentQueue<string> _faults = new();
    private int _count;

    /// <summary>Faults noted so far (also those not kept).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The first <see cref="KeptMax"/> faults, in order.</summary>
    public IReadOnlyList<string> Kept => [.. _faults];

    /// <summary>Notes a fault of <paramref name="where"/> (class and method).</summary>
    public void Note(string where, string what)
    {
        if (Interlocked.Increment(ref _count) <= KeptMax)
        {
            _faults.Enqueue($"{where}: {what}");
            onNote?.Invoke($"{where}: {what}");
        }
    }

    /// <summary>Notes an exception thrown by <paramref name="where"/>.</summary>
    public void Threw(string where, Exception exception) =>
        Note(where, $"threw {exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}");
}
