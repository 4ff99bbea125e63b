using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Firmware.Board;
using Generals.Firmware.Boot;
using Generals.Firmware.Network;
using Generals.Firmware.Storage;

namespace Generals.Firmware.Nano
{
    /// <summary>The ESP32 on nanoFramework behind the boot's seams: the only composition of nano-only adapters.</summary>
    public sealed class Esp32Platform : IBoardPlatform
    {
        /// <summary>Creates the clock, the board (its LED starts blinking), the file system and the Wi-Fi link.</summary>
        public Esp32Platform()
        {
            Clock = new Esp32Clock();
            Board = new Esp32Board(Clock);
            Files = new NanoFileSystem();
            Network = new NanoWifi();
        }

        public IClock Clock { get; }

        public IFirmwareBoard Board { get; }

        public IFileSystem Files { get; }

        public INetworkLink Network { get; }

        public ISha256 NewHash()
        {
            return new Sha256();
        }

        public IMqttSession OpenMqtt(string address, int port)
        {
            return new M2MqttSession(address, port);
        }
    }
}
