using Generals.Core.Crypto;
using Generals.Core.Node;

namespace Generals.Core.Runtime
{
    /// <summary>
    /// What a board says about itself at boot besides what the General and <see cref="IBoard"/> know: its firmware version
    /// and its crypto self-test (<see cref="CryptoSelfTest.CheckHashing"/>). <see cref="NodeRuntime.Start(BootReport)"/>
    /// reports it as one <see cref="TelemetryType.BoardBooted"/> event and the self-test's measurement.
    /// </summary>
    public sealed class BootReport
    {
        /// <summary>The firmware version, packed by <see cref="Version"/>.</summary>
        public int FirmwareVersion { get; set; }

        /// <summary>The verdict of the boot self-test.</summary>
        public SelfTestResult SelfTest { get; set; }

        /// <summary>The self-test's hash timing (a <see cref="TelemetryType.SelfTest"/> event), or null.</summary>
        public TelemetryEvent Measurement { get; set; }

        /// <summary>A version packed as major &lt;&lt; 16 | minor &lt;&lt; 8 | patch (each 0..255).</summary>
        public static int Version(int major, int minor, int patch)
        {
            Check.InRange(major, 0, 255, "major");
            Check.InRange(minor, 0, 255, "minor");
            Check.InRange(patch, 0, 255, "patch");
            return (major << 16) | (minor << 8) | patch;
        }
    }
}
