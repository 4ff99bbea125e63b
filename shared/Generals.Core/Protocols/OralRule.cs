namespace Generals.Core.Protocols
{
    /// <summary>
    /// OM(m)'s algorithm, the kit's own and the reference solution of exercise 3. Round 0: the commander sends its order to
    /// every lieutenant. Round k (1..m): each lieutenant, for every path of length k it could have received (commander
    /// first, itself absent), relays the order it received along that path (RETREAT if none came) with itself appended.
    /// At the end each lieutenant decides bottom-up: the value of a path of length m+1 is what it received; the value of a
    /// shorter path is the majority of what it received along it and the values of its one-longer extensions, RETREAT when
    /// there is no strict majority. The decision is the value of the commander's path.
    /// </summary>
    public sealed class OralRule : IOralRule
    {
        /// <inheritdoc/>
        public void SendRound(IOralView view, int round)
        {
            int[] path = new int[OralMessagePayload.PathMax];
            path[0] = view.Commander;
            if (round == 0)
            {
                if (view.Self == view.Commander)
                {
                    view.Send(path, 1, view.Order);
                }

                return;
            }

            if (view.Self != view.Commander)
            {
                Relay(view, round, path, 1);
            }
        }

        /// <inheritdoc/>
        public int Decide(IOralView view)
        {
            if (view.Self == view.Commander)
            {
                return view.Order;
            }

            int[] path = new int[OralMessagePayload.PathMax];
            path[0] = view.Commander;
            return Value(view, path, 1);
        }

        /// <summary>The value of a path: what came along it, or at depth below m + 1, the majority with its extensions.</summary>
        private static int Value(IOralView view, int[] path, int length)
        {
            int received = view.Received(path, length);
            int own = received == ProtocolCodes.NoOrder ? ProtocolCodes.Retreat : received;
            if (length == view.M + 1)
            {
                return own;
            }

            int attacks = own == ProtocolCodes.Attack ? 1 : 0;
            int total = 1;
            int[] generals = view.Generals;
            for (int i = 0; i < generals.Length; i++)
            {
                int general = generals[i];
                if (general == view.Self || OnPath(path, length, general))
                {
                    continue;
                }

                path[length] = general;
                if (Value(view, path, length + 1) == ProtocolCodes.Attack)
                {
                    attacks++;
                }

                total++;
            }

            return attacks * 2 > total ? ProtocolCodes.Attack : ProtocolCodes.Retreat;
        }

        /// <summary>Relays every path of length <paramref name="round"/> this lieutenant could have received, in ascending order.</summary>
        private static void Relay(IOralView view, int round, int[] path, int length)
        {
            if (length == round)
            {
                int received = view.Received(path, length);
                path[length] = view.Self;
                view.Send(path, length + 1, received == ProtocolCodes.NoOrder ? ProtocolCodes.Retreat : received);
                return;
            }

            int[] generals = view.Generals;
            for (int i = 0; i < generals.Length; i++)
            {
                int general = generals[i];
                if (general == view.Self || OnPath(path, length, general))
                {
                    continue;
                }

                path[length] = general;
                Relay(view, round, path, length + 1);
            }
        }

        /// <summary>True when <paramref name="general"/> is among the first <paramref name="length"/> ids of <paramref name="path"/>.</summary>
        internal static bool OnPath(int[] path, int length, int general)
        {
            for (int i = 0; i < length; i++)
            {
                if (path[i] == general)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
