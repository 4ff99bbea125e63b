using Generals.Core.Crypto;
using Generals.Core.Wire;

namespace Generals.Firmware.Boot
{
    /// <summary>
    /// Reads the kit's nf.keys on a board: `&lt;signer&gt; &lt;scheme&gt; &lt;parameters or -&gt; &lt;public key hex&gt;` per line, '#'
    /// comments (the format `generals provision` writes), into the key set a verifier checks SM(m) chains and the harness's
    /// control commands against.
    /// </summary>
    public static class PublicKeysText
    {
        /// <summary>
        /// Longest file read: a line is at most 127 characters (id, scheme, parameters, an LMS key's 112 hex digits), so the
        /// harness and nf.config's most boards (250) take about 31.9 K of it.
        /// </summary>
        public const int TextCharsMax = 32768;

        /// <summary>The keys of <paramref name="scheme"/> in <paramref name="text"/>, or null (with <paramref name="problem"/>).</summary>
        public static PublicKeySet Parse(string text, string scheme, out string problem)
        {
            problem = null;
            if (text == null || text.Length > TextCharsMax)
            {
                problem = "nf.keys is missing or longer than " + TextCharsMax.ToString() + " characters";
                return null;
            }

            var keys = new PublicKeySet();
            string[] lines = text.Split(new char[] { '\n' });
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                string[] fields = line.Split(new char[] { ' ' });
                int signer;
                byte[] key = fields.Length == 4 ? Hex.TryDecode(fields[3]) : null;
                if (key == null || key.Length == 0 || !int.TryParse(fields[0], out signer) || signer < 0 || signer > FrameLimits.GeneralIdMax)
                {
                    problem = "nf.keys line " + (i + 1).ToString() + ": expected '<signer> <scheme> <parameters> <public key hex>'";
                    return null;
                }

                if (fields[1] != scheme)
                {
                    problem = "nf.keys line " + (i + 1).ToString() + ": signer " + signer.ToString() + " has a " + fields[1] + " key, the kit uses " + scheme;
                    return null;
                }

                keys.Set(signer, key);
            }

            return keys;
        }
    }
}
