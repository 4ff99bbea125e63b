namespace Generals.Core.Node
{
    /// <summary>
    /// Reads a <see cref="NodeProfile"/> from <c>key = value</c> lines (the syntax of nf.config; '#' or ';' starts a comment
    /// line): `generals node` joins its `--set` entries (and `--link`, `--seed`) into such text. A key left out keeps the
    /// profile's default; an unknown key, a key given twice or a bad value is refused with the first problem. Total: any
    /// text gives a profile or an error, never an exception.
    /// </summary>
    public static class NodeProfileText
    {
        /// <summary>Longest text read: the four entries take about 100 characters; more is not a profile.</summary>
        public const int TextCharsMax = 4096;

        /// <summary>The keys, for messages.</summary>
        public const string Keys = NodeProfile.LinkKey + ", " + NodeProfile.RetransmitInitialKey + ", " + NodeProfile.RetransmitMaxKey + ", " + NodeProfile.SeedKey;

        /// <summary>The profile <paramref name="text"/> gives, or null with the first problem in <paramref name="error"/>.</summary>
        public static NodeProfile Parse(string text, out string error)
        {
            error = null;
            text = text == null ? "" : text;
            if (text.Length > TextCharsMax)
            {
                error = "the settings have " + text.Length.ToString() + " characters; at most " + TextCharsMax.ToString();
                return null;
            }

            NodeProfile profile = new NodeProfile();
            string seen = ",";
            string[] lines = text.Split('\n');
            for (int i = 0; i < lines.Length && error == null; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0 || line[0] == '#' || line[0] == ';')
                {
                    continue;
                }

                int equals = line.IndexOf('=');
                if (equals <= 0)
                {
                    error = "'" + line + "': expected key=value with a key among " + Keys;
                    break;
                }

                string key = line.Substring(0, equals).Trim().ToLower();
                if (seen.IndexOf("," + key + ",") >= 0)
                {
                    error = "'" + key + "' given twice";
                    break;
                }

                seen = seen + key + ",";
                error = Set(profile, key, line.Substring(equals + 1).Trim());
            }

            if (error == null && profile.RetransmitMaxMs < profile.RetransmitInitialMs)
            {
                error = NodeProfile.RetransmitMaxKey + " " + profile.RetransmitMaxMs.ToString() + " is below " + NodeProfile.RetransmitInitialKey + " " + profile.RetransmitInitialMs.ToString();
            }

            return error == null ? profile : null;
        }

        private static string Set(NodeProfile profile, string key, string value)
        {
            int ms;
            ulong seed;
            switch (key)
            {
                case NodeProfile.LinkKey:
                    return SetLink(profile, value);
                case NodeProfile.RetransmitInitialKey:
                    if (!int.TryParse(value, out ms) || ms < 1)
                    {
                        return key + " '" + value + "' must be a whole number of milliseconds, at least 1";
                    }

                    profile.RetransmitInitialMs = ms;
                    return null;
                case NodeProfile.RetransmitMaxKey:
                    if (!int.TryParse(value, out ms) || ms < 1)
                    {
                        return key + " '" + value + "' must be a whole number of milliseconds, at least 1";
                    }

                    profile.RetransmitMaxMs = ms;
                    return null;
                case NodeProfile.SeedKey:
                    if (!TryParseSeed(value, out seed))
                    {
                        return key + " '" + value + "' must be a whole number 0..18446744073709551615";
                    }

                    profile.Seed = seed;
                    return null;
                default:
                    return "unknown setting '" + key + "'; the settings are " + Keys;
            }
        }

        private static string SetLink(NodeProfile profile, string value)
        {
            profile.Reliable = false;
            profile.DurableSend = false;
            profile.Authenticated = false;
            string[] layers = value.Split(',');
            for (int i = 0; i < layers.Length; i++)
            {
                string layer = layers[i].Trim();
                if (layer == "reliable")
                {
                    profile.Reliable = true;
                }
                else if (layer == "durable")
                {
                    profile.DurableSend = true;
                }
                else if (layer == "authenticated")
                {
                    profile.Authenticated = true;
                }
                else if (layer != "raw" || layers.Length > 1)
                {
                    return "link '" + value + "': use raw, or a comma list of reliable, durable (reliable with durable send) and authenticated";
                }
            }

            return profile.DurableSend && !profile.Reliable ? "link '" + value + "': durable is a mode of the reliable link: use reliable,durable" : null;
        }

        // Decimal digits only, checked against overflow: ulong.TryParse is not on every runtime this code runs on.
        private static bool TryParseSeed(string value, out ulong seed)
        {
            seed = 0;
            if (value.Length == 0 || value.Length > 20)
            {
                return false;
            }

            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                ulong digit = (ulong)(c - '0');
                if (seed > (ulong.MaxValue - digit) / 10)
                {
                    return false;
                }

                seed = (seed * 10) + digit;
            }

            return true;
        }
    }
}
