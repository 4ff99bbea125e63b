using Generals.Core.Runtime;

namespace Generals.Firmware.Network
{
    /// <summary>
    /// Joins the lab's Wi-Fi with a timeout and a bounded retry (boot step 4): each attempt associates, then waits for an
    /// address from DHCP; a failed attempt waits longer before the next. When every attempt fails the boot stops and the
    /// board reboots to try again from scratch (the radio's state included).
    /// </summary>
    public static class WifiJoiner
    {
        /// <summary>Attempts per boot: with the waits below, about two minutes before the board reboots.</summary>
        public const int AttemptsMax = 5;

        /// <summary>How long one attempt waits for an address: a lab access point's DHCP answers in a few seconds.</summary>
        public const int AddressTimeoutMs = 15000;

        /// <summary>How often the address is checked while waiting.</summary>
        public const int PollMs = 250;

        /// <summary>Wait after the first failed attempt; the n-th waits n times as long (the access point may be rebooting).</summary>
        public const int RetryDelayMs = 2000;

        /// <summary>True once <paramref name="link"/> joined <paramref name="ssid"/> and has an address.</summary>
        public static bool Join(INetworkLink link, IBoard board, string ssid, string password)
        {
            Check.NotNull(link, "link");
            Check.NotNull(board, "board");
            for (int attempt = 1; attempt <= AttemptsMax; attempt++)
            {
                if (link.Join(ssid, password))
                {
                    for (int poll = 0; poll < AddressTimeoutMs / PollMs; poll++)
                    {
                        if (link.HasAddress)
                        {
                            return true;
                        }

                        board.Sleep(PollMs);
                    }
                }

                if (attempt < AttemptsMax)
                {
                    board.Sleep(RetryDelayMs * attempt);
                }
            }

            return false;
        }
    }
}
