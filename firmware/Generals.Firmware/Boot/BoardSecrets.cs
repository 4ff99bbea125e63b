namespace Generals.Firmware.Boot
{
    /// <summary>
    /// One board's secrets and start-up options, from I:\board.ini (firmware/README.md): `key = value` lines, '#' comments.
    /// `id` is the General's id (a [board N] of nf.config), `wifi-password` the password of nf.config's network,
    /// `broker-password` the board's broker password (user general-{id}), and `link` the link stack as `generals node --link`
    /// takes it (raw, or a comma list of reliable, durable and authenticated; authenticated when absent).
    /// </summary>
    public sealed class BoardSecrets
    {
        /// <summary>Longest file read: a few short lines; anything longer is not a board.ini.</summary>
        public const int TextCharsMax = 1024;

        private BoardSecrets()
        {
        }

        /// <summary>The General's id.</summary>
        public int Id { get; private set; }

        /// <summary>The Wi-Fi password of the network nf.config names.</summary>
        public string WifiPassword { get; private set; }

        /// <summary>The board's broker password.</summary>
        public string BrokerPassword { get; private set; }

        /// <summary>Data frames go through the reliable link.</summary>
        public bool Reliable { get; private set; }

        /// <summary>The reliable link keeps each message in the store before it first leaves.</summary>
        public bool DurableSend { get; private set; }

        /// <summary>Every link frame is sealed with the pair's key and checked.</summary>
        public bool Authenticated { get; private set; }

        /// <summary>The secrets in <paramref name="text"/>, or null (with <paramref name="problem"/>) when a key is missing or wrong.</summary>
        public static BoardSecrets Parse(string text, out string problem)
        {
            problem = null;
            if (text == null || text.Length > TextCharsMax)
            {
                problem = "board.ini is missing or longer than " + TextCharsMax.ToString() + " characters";
                return null;
            }

            var secrets = new BoardSecrets();
            string link = "authenticated";
            string[] lines = text.Split(new char[] { '\n' });
            for (int i = 0; i < lines.Length && problem == null; i++)
            {
                string line = lines[i].Trim();
                int equals = line.IndexOf('=');
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                if (equals <= 0)
                {
                    problem = "line " + (i + 1).ToString() + ": expected key = value";
                    continue;
                }

                string key = line.Substring(0, equals).Trim();
                string value = line.Substring(equals + 1).Trim();
                if (key == "id")
                {
                    int id;
                    if (!int.TryParse(value, out id) || id < 1 || id > Core.Wire.FrameLimits.GeneralIdMax)
                    {
                        problem = "line " + (i + 1).ToString() + ": id must be 1 to " + Core.Wire.FrameLimits.GeneralIdMax.ToString();
                    }

                    secrets.Id = id;
                }
                else if (key == "wifi-password")
                {
                    secrets.WifiPassword = value;
                }
                else if (key == "broker-password")
                {
                    secrets.BrokerPassword = value;
                }
                else if (key == "link")
                {
                    link = value;
                }
                else
                {
                    problem = "line " + (i + 1).ToString() + ": unknown key '" + key + "'";
                }
            }

            if (problem == null)
            {
                problem = secrets.Id == 0 ? "no id" : secrets.WifiPassword == null ? "no wifi-password"
                    : secrets.BrokerPassword == null ? "no broker-password" : secrets.ReadLink(link);
            }

            return problem == null ? secrets : null;
        }

        // The link stack as `generals node --link` takes it.
        private string ReadLink(string link)
        {
            string[] layers = link.Split(new char[] { ',' });
            for (int i = 0; i < layers.Length; i++)
            {
                string layer = layers[i].Trim();
                if (layer == "reliable")
                {
                    Reliable = true;
                }
                else if (layer == "durable")
                {
                    DurableSend = true;
                }
                else if (layer == "authenticated")
                {
                    Authenticated = true;
                }
                else if (layer != "raw")
                {
                    return "link '" + link + "': use raw, or reliable, durable and authenticated";
                }
            }

            return DurableSend && !Reliable ? "link '" + link + "': durable is a mode of the reliable link" : null;
        }
    }
}
