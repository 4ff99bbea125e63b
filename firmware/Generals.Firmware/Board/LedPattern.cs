using Generals.Core.Runtime;

namespace Generals.Firmware.Board
{
    /// <summary>
    /// What the status LED shows for each <see cref="BoardStatus"/> (firmware/README.md): a cycle of 16 slots of 100 ms,
    /// so a person across the lab tells a connecting board (fast blink) from a running one (steady), a suspecting one
    /// (slow blink), a traitor (double flash) and a fault (one short flash).
    /// </summary>
    public static class LedPattern
    {
        /// <summary>One slot of the cycle: the LED's timer ticks this often.</summary>
        public const int SlotMs = 100;

        /// <summary>Slots per cycle (1.6 s).</summary>
        public const int Slots = 16;

        /// <summary>Whether the LED is lit at <paramref name="nowMs"/> for <paramref name="status"/>.</summary>
        public static bool IsOn(BoardStatus status, long nowMs)
        {
            int slot = (int)((nowMs / SlotMs) % Slots);
            switch (status)
            {
                case BoardStatus.Connecting:
                    return slot % 2 == 0;
                case BoardStatus.Running:
                    return true;
                case BoardStatus.Decided:
                    return slot < Slots - 2;
                case BoardStatus.Suspecting:
                    return slot < Slots / 2;
                case BoardStatus.Traitor:
                    return slot == 0 || slot == 2;
                case BoardStatus.Fault:
                    return slot == 0;
                default:
                    return false;
            }
        }
    }
}
