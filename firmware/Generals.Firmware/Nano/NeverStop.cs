using Generals.Core.Runtime;

namespace Generals.Firmware.Nano
{
    /// <summary>A board's General runs until the power goes.</summary>
    public sealed class NeverStop : IStopSignal
    {
        /// <summary>Never.</summary>
        public bool StopRequested
        {
            get { return false; }
        }
    }
}
