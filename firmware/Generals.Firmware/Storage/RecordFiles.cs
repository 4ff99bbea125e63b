namespace Generals.Firmware.Storage
{
    /// <summary>
    /// Record names to file names on the board's flash (docs/storage.md, "A board's store"): letters, digits, '.' and '-'
    /// stay, '/' becomes '_', and any other character becomes '~' and two hex digits, so two names never share a file. A
    /// record's new copy is written beside it with <see cref="NewSuffix"/>, which no mapped name contains ('~' is always
    /// followed by a hex digit), so a new copy is never taken for a record.
    /// </summary>
    public static class RecordFiles
    {
        /// <summary>Appended to a record's file name while its replacement is written.</summary>
        public const string NewSuffix = "~n";

        private const string HexDigits = "0123456789abcdef";

        /// <summary>The file of record <paramref name="name"/> in <paramref name="folder"/>.</summary>
        public static string PathOf(string folder, string name)
        {
            char[] mapped = new char[name.Length * 3];
            int count = 0;
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-')
                {
                    mapped[count++] = c;
                }
                else if (c == '/')
                {
                    mapped[count++] = '_';
                }
                else
                {
                    mapped[count++] = '~';
                    mapped[count++] = HexDigits[(c >> 4) & 0xF];
                    mapped[count++] = HexDigits[c & 0xF];
                }
            }

            return folder + "\\" + new string(mapped, 0, count);
        }
    }
}
