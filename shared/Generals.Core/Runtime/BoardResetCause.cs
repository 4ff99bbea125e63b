namespace Generals.Core.Runtime
{
    /// <summary>Why a board started (reported in <see cref="Node.TelemetryType.BoardBooted"/>). Numbers are on the wire: never renumber.</summary>
    public enum BoardResetCause
    {
        /// <summary>The platform cannot tell.</summary>
        Unknown = 0,

        /// <summary>Power came on or the reset line was pulled (an ESP32 on nanoFramework cannot tell the two apart); an
        /// emulated general's process was started.</summary>
        PowerOn = 1,

        /// <summary>The firmware restarted the board itself (<see cref="IBoard.Reboot"/>).</summary>
        Software = 2,

        /// <summary>A wake-up from deep sleep (timer, pin, touch pad).</summary>
        DeepSleepWake = 3,
    }
}
