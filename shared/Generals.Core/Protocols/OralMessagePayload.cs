using Generals.Core.Wire;

namespace Generals.Core.Protocols
{
    /// <summary>
    /// The payload of an OM(m) message: [protocol 2][order][path length][path ids...]. The path lists the generals
    /// the order went through, the commander first and the sender last. Decoding is total.
    /// </summary>
    public static class OralMessagePayload
    {
        /// <summary>The longest path: m + 1 generals.</summary>
        public const int PathMax = SynchronousProtocol.MMax + 1;

        /// <summary>Encodes an order and the first <paramref name="length"/> ids of <paramref name="path"/>.</summary>
        public static byte[] Encode(int order, int[] path, int length)
        {
            byte[] payload = new byte[3 + length];
            payload[0] = ProtocolCodes.OralMessages;
            payload[1] = (byte)order;
            payload[2] = (byte)length;
            for (int i = 0; i < length; i++)
            {
                payload[3 + i] = (byte)path[i];
            }

            return payload;
        }

        /// <summary>The path of a well-formed payload (its order in <paramref name="order"/>), or null.</summary>
        public static int[] TryDecode(byte[] payload, out int order)
        {
            order = ProtocolCodes.NoOrder;
            if (payload == null || payload.Length < 4 || payload[0] != ProtocolCodes.OralMessages
                || !ProtocolCodes.IsOrder(payload[1]))
            {
                return null;
            }

            int length = payload[2];
            if (length < 1 || length > PathMax || payload.Length != 3 + length)
            {
                return null;
            }

            int[] path = new int[length];
            for (int i = 0; i < length; i++)
            {
                path[i] = payload[3 + i];
                if (path[i] < 1 || path[i] > FrameLimits.GeneralIdMax)
                {
                    return null;
                }
            }

            order = payload[1];
            return path;
        }

        /// <summary>The path as text, "1>3>2".</summary>
        public static string PathText(int[] path, int length)
        {
            string text = string.Empty;
            for (int i = 0; i < length; i++)
            {
                text = i == 0 ? path[i].ToString() : text + ">" + path[i].ToString();
            }

            return text;
        }
    }
}
