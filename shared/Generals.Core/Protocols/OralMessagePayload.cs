using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Protocols
{
    /// <summary>
    /// The payload of an OM(m) message: [protocol 2][order][path length][path ids, u16 little-endian each]. The path lists
    /// the generals the order went through, the commander first and the sender last: 3 + 2 x length bytes. Decoding is
    /// total: a wrong length or an id outside 1 .. <see cref="FrameLimits.GeneralIdMax"/> gives null.
    /// </summary>
    public static class OralMessagePayload
    {
        /// <summary>The longest path: m + 1 generals.</summary>
        public const int PathMax = SynchronousProtocol.MMax + 1;

        /// <summary>Bytes before the path: protocol, order, path length.</summary>
        public const int HeaderBytes = 3;

        /// <summary>Bytes of one id in the path (ids have two bytes, as in the frame header).</summary>
        public const int IdBytes = 2;

        /// <summary>Encodes an order and the first <paramref name="length"/> ids of <paramref name="path"/>.</summary>
        public static byte[] Encode(int order, int[] path, int length)
        {
            Check.InRange(length, 1, PathMax, "length");
            byte[] payload = new byte[HeaderBytes + (IdBytes * length)];
            payload[0] = ProtocolCodes.OralMessages;
            payload[1] = (byte)order;
            payload[2] = (byte)length;
            for (int i = 0; i < length; i++)
            {
                Check.InRange(path[i], 1, FrameLimits.GeneralIdMax, "path");
                Bytes.WriteUInt16(payload, HeaderBytes + (IdBytes * i), path[i]);
            }

            return payload;
        }

        /// <summary>The path of a well-formed payload (its order in <paramref name="order"/>), or null.</summary>
        public static int[] TryDecode(byte[] payload, out int order)
        {
            order = ProtocolCodes.NoOrder;
            if (payload == null || payload.Length < HeaderBytes + IdBytes || payload[0] != ProtocolCodes.OralMessages
                || !ProtocolCodes.IsOrder(payload[1]))
            {
                return null;
            }

            int length = payload[2];
            if (length < 1 || length > PathMax || payload.Length != HeaderBytes + (IdBytes * length))
            {
                return null;
            }

            int[] path = new int[length];
            for (int i = 0; i < length; i++)
            {
                path[i] = Bytes.ReadUInt16(payload, HeaderBytes + (IdBytes * i));
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
