using Generals.Core.Wire;

namespace Generals.Core.Links
{
    /// <summary>
    /// How the link checkers identify an application message: its first 8 bytes are a message id the sender
    /// chose (little-endian), and a 32-bit FNV-1a hash of the whole payload detects alteration.
    /// </summary>
    public static class AppMessage
    {
        /// <summary>Bytes of the message id at the start of a Data payload.</summary>
        public const int IdBytes = 8;

        /// <summary>A Data payload carrying <paramref name="messageId"/> and <paramref name="bodyBytes"/> filler bytes.</summary>
        public static byte[] Create(long messageId, int bodyBytes)
        {
            byte[] payload = new byte[IdBytes + bodyBytes];
            Bytes.WriteUInt64(payload, 0, unchecked((ulong)messageId));
            for (int i = 0; i < bodyBytes; i++)
            {
                payload[IdBytes + i] = (byte)(messageId + i);
            }

            return payload;
        }

        /// <summary>The message id, or -1 when the payload is too short to hold one.</summary>
        public static long Id(byte[] payload)
        {
            return payload.Length < IdBytes ? -1 : unchecked((long)Bytes.ReadUInt64(payload, 0));
        }

        /// <summary>FNV-1a over the whole payload.</summary>
        public static long Hash(byte[] payload)
        {
            uint h = 2166136261u;
            unchecked
            {
                for (int i = 0; i < payload.Length; i++)
                {
                    h = (h ^ payload[i]) * 16777619u;
                }
            }

            return h;
        }
    }
}
