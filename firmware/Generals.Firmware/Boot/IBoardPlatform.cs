using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Firmware.Board;
using Generals.Firmware.Network;
using Generals.Firmware.Storage;

namespace Generals.Firmware.Boot
{
    /// <summary>
    /// Everything the boot takes from the hardware and nanoFramework: the ESP32 adapters (Nano/Esp32Platform.cs) on a board,
    /// fakes in the firmware's host tests. The boot itself (<see cref="BootSequence"/>) touches nothing else.
    /// </summary>
    public interface IBoardPlatform
    {
        /// <summary>Milliseconds since boot.</summary>
        IClock Clock { get; }

        /// <summary>The board: LED, memory, reboot, reset cause.</summary>
        IFirmwareBoard Board { get; }

        /// <summary>The file system the internal flash drive is mounted in.</summary>
        IFileSystem Files { get; }

        /// <summary>Wi-Fi and name resolution.</summary>
        INetworkLink Network { get; }

        /// <summary>A fresh SHA-256: what the board's LMS and its self-test run on.</summary>
        ISha256 NewHash();

        /// <summary>An MQTT client for the broker at <paramref name="address"/>:<paramref name="port"/>, not yet connected.</summary>
        IMqttSession OpenMqtt(string address, int port);
    }
}
