namespace Generals.Core.Detection
{
    /// <summary>
    /// Makes the failure detector a General runs for each peer it monitors, from the harness's StartDetector settings. The
    /// kit's own makes the detector the settings name (<see cref="DetectorConfig.CreateDetector"/>); an exercise's makes the
    /// student's (exercise 2, exercises/README.md).
    /// </summary>
    public interface IDetectorFactory
    {
        /// <summary>A fresh detector for one peer, monitoring with <paramref name="config"/>.</summary>
        IFailureDetector Create(DetectorConfig config);
    }
}
