using Generals.Core.Detection;
using Generals.Core.Links;
using Generals.Core.Protocols;

namespace Generals.Core.Node
{
    /// <summary>
    /// The parts of one General that a student's exercise replaces (exercises/README.md); a part left null is the kit's own.
    /// Each General gets fresh parts: a part may keep state.
    /// </summary>
    public sealed class ExerciseParts
    {
        /// <summary>Exercise 1: the reliable link over the fair-loss link.</summary>
        public IReliableLink Link { get; set; }

        /// <summary>Exercise 2: the failure detector run for each monitored peer.</summary>
        public IDetectorFactory Detectors { get; set; }

        /// <summary>Exercise 3: OM(m)'s sends and decision.</summary>
        public IOralRule Oral { get; set; }

        /// <summary>Exercise 4: SM(m)'s sends, acceptance of chains and choice.</summary>
        public ISignedRule Signed { get; set; }
    }
}
