namespace Generals.Core.Protocols
{
    /// <summary>
    /// Protocol ids (payload byte 0 of every Protocol frame, and the first argument of StartInstance) and the
    /// orders generals exchange. Numbers are on the wire: never renumber.
    /// </summary>
    public static class ProtocolCodes
    {
        /// <summary>Two Generals over the raw fair-loss link.</summary>
        public const int TwoGenerals = 1;

        /// <summary>OM(m), Lamport, Shostak and Pease's oral-messages algorithm.</summary>
        public const int OralMessages = 2;

        /// <summary>SM(m), the signed-messages algorithm.</summary>
        public const int SignedMessages = 3;

        /// <summary>The default order: what a missing or late message means.</summary>
        public const int Retreat = 0;

        /// <summary>The other order.</summary>
        public const int Attack = 1;

        /// <summary>Not an order: a traitor sends nothing in this slot.</summary>
        public const int NoOrder = -1;

        /// <summary>True for <see cref="Retreat"/> and <see cref="Attack"/>.</summary>
        public static bool IsOrder(int value)
        {
            return value == Retreat || value == Attack;
        }

        /// <summary>The other order.</summary>
        public static int Opposite(int order)
        {
            return order == Attack ? Retreat : Attack;
        }

        /// <summary>"ATTACK", "RETREAT" or the number.</summary>
        public static string OrderName(long order)
        {
            if (order == Attack)
            {
                return "ATTACK";
            }

            return order == Retreat ? "RETREAT" : order.ToString();
        }

        /// <summary>The record name of a persisted decision: decision/&lt;protocol&gt;/&lt;instance&gt;.</summary>
        public static string DecisionRecord(int protocol, uint instance)
        {
            return "decision/" + protocol.ToString() + "/" + instance.ToString();
        }
    }
}
