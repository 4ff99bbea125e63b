using System.Reflection;
using Generals.Core.Detection;

namespace Generals.Harness.Exercises;

/// <summary>Makes a student's detector per peer through its (long timeoutMs) constructor, each behind a <see cref="GuardedDetector"/>.</summary>
internal sealed class ReflectedDetectorFactory(ConstructorInfo constructor, ExerciseFaults faults) : IDetectorFactory
{
    public IFailureDetector Create(DetectorConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        try
        {
            return new GuardedDetector((IFailureDetector)constructor.Invoke([config.TimeoutMs]), faults);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner and not OutOfMemoryException)
        {
            faults.Threw($"{constructor.DeclaringType?.Name}(timeoutMs)", inner);
            return new GuardedDetector(new SilentDetector(), faults);
        }
    }

    /// <summary>What stands in for a detector whose constructor threw: it never suspects.</summary>
    private sealed class SilentDetector : IFailureDetector
    {
        public long LastArrivalMs { get; private set; }

        public void Reset(long nowMs) => LastArrivalMs = nowMs;

        public void Heartbeat(long nowMs) => LastArrivalMs = nowMs;

        public bool Suspects(long nowMs) => false;

        public long NextCheckMs(long nowMs) => long.MaxValue;
    }
}
