namespace Generals.Core.Runtime
{
    /// <summary>What the hardware (or its stand-in) offers a General besides clock, store and network.</summary>
    public interface IBoard
    {
        /// <summary>A short description of the platform, reported at boot (for example "esp32 nanoFramework 1.17").</summary>
        string Describe();

        /// <summary>Free heap in bytes, or -1 when the platform cannot tell.</summary>
        long FreeMemoryBytes();

        /// <summary>Why the board started this time.</summary>
        BoardResetCause ResetCause();

        /// <summary>Boots of this board counted in its own storage (this one included), or 0 when it keeps no count.</summary>
        long BootCount();

        /// <summary>Restarts the board (an emulated general ends its process); does not return on a board.</summary>
        void Reboot();

        /// <summary>Shows the General's state on its status LED (or the emulated equivalent).</summary>
        void ShowStatus(BoardStatus status);

        /// <summary>Blocks the calling thread for at least <paramref name="durationMs"/>; the sim returns at once.</summary>
        void Sleep(int durationMs);
    }

    /// <summary>What the status LED shows.</summary>
    public enum BoardStatus
    {
        /// <summary>Booting or connecting.</summary>
        Connecting = 1,

        /// <summary>Connected and running.</summary>
        Running = 2,

        /// <summary>Decided in the current protocol instance.</summary>
        Decided = 3,

        /// <summary>A fault the General cannot recover from by itself.</summary>
        Fault = 4,

        /// <summary>Connected and running, and suspecting at least one peer.</summary>
        Suspecting = 5,

        /// <summary>Connected and running as a traitor (a harness SetTraitor command).</summary>
        Traitor = 6,
    }
}
