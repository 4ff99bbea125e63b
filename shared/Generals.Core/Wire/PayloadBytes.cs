using Generals.Core.Runtime;

namespace Generals.Core.Wire
{
    /// <summary>A payload that is already one array, as an <see cref="IPayloadWriter"/> (never copied to be sent).</summary>
    public sealed class PayloadBytes : IPayloadWriter
    {
        private readonly byte[] _bytes;

        /// <summary>The payload <paramref name="bytes"/> (null: empty); the caller does not change them afterwards.</summary>
        public PayloadBytes(byte[] bytes)
        {
            _bytes = bytes == null ? new byte[0] : bytes;
        }

        /// <inheritdoc/>
        public int PayloadLength
        {
            get { return _bytes.Length; }
        }

        /// <summary>The bytes of <paramref name="payload"/> as one array: its own when it is one, else written into a new one.</summary>
        public static byte[] ToArray(IPayloadWriter payload)
        {
            Check.NotNull(payload, "payload");
            PayloadBytes bytes = payload as PayloadBytes;
            if (bytes != null)
            {
                return bytes._bytes;
            }

            byte[] array = new byte[payload.PayloadLength];
            payload.WritePayload(array, 0);
            return array;
        }

        /// <summary>The array of <paramref name="payload"/> when it is a <see cref="PayloadBytes"/>, else null.</summary>
        internal static byte[] ArrayOrNull(IPayloadWriter payload)
        {
            PayloadBytes bytes = payload as PayloadBytes;
            return bytes == null ? null : bytes._bytes;
        }

        /// <inheritdoc/>
        public void WritePayload(byte[] buffer, int offset)
        {
            System.Array.Copy(_bytes, 0, buffer, offset, _bytes.Length);
        }
    }
}
