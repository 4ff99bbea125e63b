using Generals.Core.Runtime;

namespace Generals.Firmware.Board
{
    /// <summary>
    /// The board as the boot sees it: Core's <see cref="IBoard"/>, plus what only the hardware knows (why it woke) and what
    /// only the storage knows (the boot count, a reboot the firmware asked for), which the boot hands back to it once the
    /// storage is mounted.
    /// </summary>
    public interface IFirmwareBoard : IBoard
    {
        /// <summary>Why the hardware started: a deep-sleep wake-up, or power-on/reset (it cannot tell those two apart).</summary>
        BoardResetCause HardwareResetCause();

        /// <summary>Records what the storage said about this boot, for <see cref="IBoard.BootCount"/> and <see cref="IBoard.ResetCause"/>.</summary>
        void Remember(long bootCount, BoardResetCause cause);
    }
}
