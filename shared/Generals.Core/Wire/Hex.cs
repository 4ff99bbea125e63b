namespace Generals.Core.Wire
{
    /// <summary>Hex text to bytes and back, as lab tools print frames (mosquitto_sub -F %x, logs, docs).</summary>
    public static class Hex
    {
        private const string Digits = "0123456789abcdef";

        /// <summary>Lower-case hex with no separators.</summary>
        public static string Encode(byte[] bytes)
        {
            char[] chars = new char[bytes.Length * 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[2 * i] = Digits[bytes[i] >> 4];
                chars[(2 * i) + 1] = Digits[bytes[i] & 0xF];
            }

            return new string(chars);
        }

        /// <summary>
        /// Parses hex digits, ignoring whitespace, ':' and '-' separators and any "0x" prefixes.
        /// Returns null when a character is not hex or the digit count is odd.
        /// </summary>
        public static byte[] TryDecode(string text)
        {
            if (text == null)
            {
                return null;
            }

            char[] digits = new char[text.Length];
            int count = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '0' && i + 1 < text.Length && (text[i + 1] == 'x' || text[i + 1] == 'X'))
                {
                    i++;
                    continue;
                }

                if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ':' || c == '-')
                {
                    continue;
                }

                if (DigitValue(c) < 0)
                {
                    return null;
                }

                digits[count++] = c;
            }

            if (count % 2 != 0)
            {
                return null;
            }

            byte[] bytes = new byte[count / 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)((DigitValue(digits[2 * i]) << 4) | DigitValue(digits[(2 * i) + 1]));
            }

            return bytes;
        }

        private static int DigitValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }
    }
}
