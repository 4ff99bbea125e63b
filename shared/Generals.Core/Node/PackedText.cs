using Generals.Core.Runtime;

namespace Generals.Core.Node
{
    /// <summary>
    /// Short printable ASCII text carried in telemetry values (a record name in <see cref="TelemetryType.BootFailed"/>):
    /// eight characters per value, the first in the low byte, zero-padded; longer text is cut.
    /// </summary>
    public static class PackedText
    {
        /// <summary>Characters per value.</summary>
        public const int CharsPerValue = 8;

        /// <summary>The values holding <paramref name="text"/>, at most <paramref name="valuesMax"/> of them.</summary>
        public static long[] Pack(string text, int valuesMax)
        {
            Check.NotNull(text, "text");
            Check.That(valuesMax >= 0, "values max");
            int count = (text.Length + CharsPerValue - 1) / CharsPerValue;
            long[] values = new long[count < valuesMax ? count : valuesMax];
            for (int i = 0; i < values.Length * CharsPerValue && i < text.Length; i++)
            {
                char c = text[i];
                ulong b = c > ' ' && c < (char)127 ? c : '?';
                values[i / CharsPerValue] |= unchecked((long)(b << (8 * (i % CharsPerValue))));
            }

            return values;
        }

        /// <summary>The text in <paramref name="values"/> from <paramref name="offset"/> on; stops at the first zero byte.</summary>
        public static string Unpack(long[] values, int offset)
        {
            Check.NotNull(values, "values");
            int length = offset < values.Length ? (values.Length - offset) * CharsPerValue : 0;
            char[] chars = new char[length];
            int count = 0;
            for (int i = 0; i < length; i++)
            {
                ulong value = unchecked((ulong)values[offset + (i / CharsPerValue)]);
                int b = (int)((value >> (8 * (i % CharsPerValue))) & 0xFF);
                if (b == 0)
                {
                    break;
                }

                chars[count] = b > ' ' && b < 127 ? (char)b : '?';
                count++;
            }

            return new string(chars, 0, count);
        }
    }
}
