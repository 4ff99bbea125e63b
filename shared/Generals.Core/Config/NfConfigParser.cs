using System.Collections;
using Generals.Core.Crypto;
using Generals.Core.Wire;

namespace Generals.Core.Config
{
    /// <summary>
    /// The one parser of nf.config (DESIGN 14, docs/nf-config.md), used by the harness, provisioning and the boards:
    /// INI-like <c>key = value</c> lines in a <c>[kit]</c> section and <c>[board N]</c> sections; whole-line comments start
    /// with '#' or ';'. Total: any text gives a <see cref="ConfigResult"/> listing every error with its line, never an exception.
    /// </summary>
    public static class NfConfigParser
    {
        /// <summary>Longest file read: a commented seven-board kit is about 3 KB, and a board parses it on an 80 KB heap.</summary>
        public const int TextCharsMax = 16384;

        /// <summary>Longest line: room for a comment sentence; anything longer is a pasted blob.</summary>
        public const int LineCharsMax = 256;

        /// <summary>Most boards: a physical kit has four to seven; an emulated kit may have as many generals as a scenario,
        /// at most 250 (the harness's scenario limit: ids are one byte, with room for the harness), and the benches and
        /// docs/hosts.md measure 200. 250 boards as the harness writes them ([board N], power = none) take 6.3 KB, within
        /// TextCharsMax.</summary>
        public const int BoardsMax = 250;

        /// <summary>Errors reported before giving up: enough for a badly broken file, bounded for the board.</summary>
        public const int ErrorsMax = 32;

        /// <summary>The embedded broker's listen address when the file names none.</summary>
        public const string DefaultListener = "0.0.0.0:1883";

        /// <summary>The signature scheme when the file names none.</summary>
        public const string DefaultScheme = "lms";

        /// <summary>The LMS parameter set when the file names none: 1024 signatures of 2508 bytes.</summary>
        public const string DefaultLms = "H10/W4";

        /// <summary>The MQTT port when the broker address has none.</summary>
        public const int DefaultBrokerPort = BrokerList.DefaultPort;

        private const int SsidBytesMax = 32;
        private const int SerialCharsMax = 64;
        private const string KitKeys = "id, broker, listener, scheme, lms, target, firmware, wifi";
        private const string BoardKeys = "serial, power";

        /// <summary>Parses the text of an nf.config file.</summary>
        public static ConfigResult Parse(string text)
        {
            ParseState parse = new ParseState();
            if (text == null)
            {
                parse.Error(0, "the file is empty");
                return parse.Result();
            }

            if (text.Length > TextCharsMax)
            {
                parse.Error(0, "the file has " + text.Length.ToString() + " characters; nf.config holds at most " + TextCharsMax.ToString());
                return parse.Result();
            }

            string[] lines = text.Split('\n');
            for (int i = 0; i < lines.Length && !parse.Full; i++)
            {
                ParseLine(parse, i + 1, lines[i].Trim());
            }

            return Finish(parse, lines.Length);
        }

        private static void ParseLine(ParseState parse, int line, string text)
        {
            if (text.Length == 0 || text[0] == '#' || text[0] == ';')
            {
                return;
            }

            if (text.Length > LineCharsMax)
            {
                parse.Error(line, "line is " + text.Length.ToString() + " characters long; at most " + LineCharsMax.ToString());
                return;
            }

            if (text[0] == '[')
            {
                Section(parse, line, text);
                return;
            }

            int equals = text.IndexOf('=');
            if (equals <= 0)
            {
                parse.Error(line, "expected 'key = value', a [section] or a # comment");
                return;
            }

            string key = text.Substring(0, equals).Trim().ToLower();
            string value = text.Substring(equals + 1).Trim();
            if (IsSecretKey(key))
            {
                parse.Error(line, "'" + key + "' looks like a secret: secrets never go in nf.config (provisioning keeps them outside the repository)");
                return;
            }

            if (parse.Section == ParseState.NoSection)
            {
                parse.Error(line, "'" + key + "' is outside any section; the file starts with [kit]");
                return;
            }

            if (parse.Section == ParseState.UnknownSection)
            {
                return;
            }

            if (value.Length == 0)
            {
                parse.Error(line, "'" + key + "' has no value");
                return;
            }

            if (parse.Section == ParseState.KitSection)
            {
                KitKey(parse, line, key, value);
            }
            else
            {
                BoardKey(parse, line, key, value);
            }
        }

        private static void Section(ParseState parse, int line, string text)
        {
            if (text[text.Length - 1] != ']')
            {
                parse.Error(line, "a section header ends with ']'");
                parse.Section = ParseState.UnknownSection;
                return;
            }

            string name = text.Substring(1, text.Length - 2).Trim().ToLower();
            if (name == "kit")
            {
                if (parse.KitLine > 0)
                {
                    parse.Error(line, "[kit] given twice (first on line " + parse.KitLine.ToString() + ")");
                    parse.Section = ParseState.UnknownSection;
                    return;
                }

                parse.KitLine = line;
                parse.Section = ParseState.KitSection;
                return;
            }

            if (!name.StartsWith("board"))
            {
                parse.Error(line, "unknown section [" + name + "]; expected [kit] or [board N]");
                parse.Section = ParseState.UnknownSection;
                return;
            }

            parse.Section = ParseState.UnknownSection;
            int id;
            string number = name.Substring(5).Trim();
            if (!int.TryParse(number, out id) || id < 1 || id > FrameLimits.GeneralIdMax)
            {
                parse.Error(line, "[board N] needs a General id N from 1 to " + FrameLimits.GeneralIdMax.ToString() + ", not '" + number + "'");
                return;
            }

            Board existing = parse.FindBoard(id);
            if (existing != null)
            {
                parse.Error(line, "[board " + id.ToString() + "] given twice (first on line " + existing.Line.ToString() + ")");
                return;
            }

            if (parse.Boards.Count >= BoardsMax)
            {
                parse.Error(line, "more than " + BoardsMax.ToString() + " boards");
                return;
            }

            Board board = new Board();
            board.Id = id;
            board.Line = line;
            parse.Boards.Add(board);
            parse.Current = board;
            parse.Section = ParseState.BoardSection;
        }

        private static void KitKey(ParseState parse, int line, string key, string value)
        {
            if (!parse.FirstUse(line, "[kit]", key))
            {
                return;
            }

            switch (key)
            {
                case "id":
                    if (!KitName.IsValid(value))
                    {
                        parse.Error(line, "kit id '" + value + "' must be 1 to 16 characters of a-z, 0-9 and '-'");
                        return;
                    }

                    parse.Kit = value;
                    return;
                case "broker":
                    Broker(parse, line, value);
                    return;
                case "listener":
                    if (value.ToLower() != "none" && !IsHostPort(value))
                    {
                        parse.Error(line, "listener '" + value + "' must be host:port (such as 0.0.0.0:1883) or none");
                        return;
                    }

                    parse.Listener = value.ToLower() == "none" ? "none" : value;
                    return;
                case "scheme":
                    string scheme = value.ToLower();
                    if (scheme != "lms" && scheme != "ed25519" && scheme != "ideal")
                    {
                        parse.Error(line, "scheme '" + value + "' must be lms, ed25519 or ideal");
                        return;
                    }

                    parse.Scheme = scheme;
                    return;
                case "lms":
                    LmsParameterSet parameters;
                    LmOtsParameterSet ots;
                    if (!LmsScheme.TryParseParameters(value, out parameters, out ots))
                    {
                        parse.Error(line, "lms '" + value + "' must be H5, H10 or H15, then '/', then W1, W2, W4 or W8 (such as H10/W4)");
                        return;
                    }

                    parse.Lms = parameters.Name + "/" + ots.Name;
                    parse.LmsLine = line;
                    return;
                case "target":
                    if (!IsTarget(value))
                    {
                        parse.Error(line, "target '" + value + "' must be a nanoFramework target name such as ESP32_REV3 (A-Z, 0-9, '_')");
                        return;
                    }

                    parse.Target = value;
                    return;
                case "firmware":
                    if (!IsVersion(value))
                    {
                        parse.Error(line, "firmware '" + value + "' must be a version such as 1.12.0.53");
                        return;
                    }

                    parse.Firmware = value;
                    return;
                case "wifi":
                    int bytes = System.Text.Encoding.UTF8.GetBytes(value).Length;
                    if (bytes > SsidBytesMax)
                    {
                        parse.Error(line, "wifi network name is " + bytes.ToString() + " bytes; Wi-Fi allows at most " + SsidBytesMax.ToString());
                        return;
                    }

                    parse.Wifi = value;
                    return;
                default:
                    parse.Error(line, "unknown key '" + key + "' in [kit]; expected one of: " + KitKeys);
                    return;
            }
        }

        private static void BoardKey(ParseState parse, int line, string key, string value)
        {
            Board board = parse.Current;
            if (!parse.FirstUse(line, "[board " + board.Id.ToString() + "]", key))
            {
                return;
            }

            switch (key)
            {
                case "serial":
                    if (value.Length > SerialCharsMax)
                    {
                        parse.Error(line, "serial port name is longer than " + SerialCharsMax.ToString() + " characters");
                        return;
                    }

                    board.Serial = value;
                    return;
                case "power":
                    if (!IsPowerSwitch(value))
                    {
                        parse.Error(line, "power '" + value + "' must be uhubctl:LOCATION:PORT (such as uhubctl:1-1:2), usbrelay:RELAY_N, usbrelayd:RELAY_N, serial-reset:PORT, manual or none");
                        return;
                    }

                    board.Power = value;
                    return;
                default:
                    parse.Error(line, "unknown key '" + key + "' in [board " + board.Id.ToString() + "]; expected one of: " + BoardKeys);
                    return;
            }
        }

        private static void Broker(ParseState parse, int line, string value)
        {
            string error;
            BrokerAddress[] brokers = BrokerList.Parse(value, out error);
            if (brokers == null)
            {
                parse.Error(line, error);
                return;
            }

            parse.Brokers = brokers;
        }

        private static ConfigResult Finish(ParseState parse, int lineCount)
        {
            if (parse.KitLine == 0)
            {
                parse.Error(0, "no [kit] section; the file starts with [kit] and its id and broker");
                return parse.Result();
            }

            if (parse.Kit == null && !parse.Seen("id"))
            {
                parse.Error(parse.KitLine, "[kit] has no 'id' (the kit name, such as lab-a)");
            }

            if (parse.Brokers == null && !parse.Seen("broker"))
            {
                parse.Error(parse.KitLine, "[kit] has no 'broker' (such as mqtt://192.168.1.10:1883)");
            }

            if (parse.LmsLine > 0 && parse.Scheme != "lms")
            {
                parse.Error(parse.LmsLine, "'lms' applies only to scheme = lms (this kit uses " + parse.Scheme + ")");
            }

            if (parse.Boards.Count > 0)
            {
                RequireForBoards(parse, parse.Target, "target", "the nanoFramework target, such as ESP32_REV3");
                RequireForBoards(parse, parse.Firmware, "firmware", "the nanoFramework firmware version");
                RequireForBoards(parse, parse.Wifi, "wifi", "the Wi-Fi network name the boards join");
            }

            if (parse.Errors.Count > 0)
            {
                return parse.Result();
            }

            KitConfig config = new KitConfig(
                parse.Kit,
                parse.Brokers,
                parse.Listener,
                parse.Scheme,
                parse.Lms,
                parse.Target,
                parse.Firmware,
                parse.Wifi,
                parse.SortedBoards());
            return new ConfigResult(config, new ConfigError[0]);
        }

        private static void RequireForBoards(ParseState parse, string value, string key, string what)
        {
            if (value == null && !parse.Seen(key))
            {
                parse.Error(parse.KitLine, "[kit] has no '" + key + "' (" + what + "), which a kit with boards needs");
            }
        }

        private static bool IsSecretKey(string key)
        {
            return key.IndexOf("password") >= 0 || key.IndexOf("secret") >= 0 || key == "psk" || key.IndexOf("private") >= 0;
        }

        /// <summary>True for host:port with a host of letters, digits, '.', '-', '_' and a port from 1 to 65535.</summary>
        internal static bool IsHostPort(string text)
        {
            int colon = text.LastIndexOf(':');
            if (colon <= 0 || colon == text.Length - 1)
            {
                return false;
            }

            int port;
            if (!int.TryParse(text.Substring(colon + 1), out port) || port < 1 || port > 65535)
            {
                return false;
            }

            for (int i = 0; i < colon; i++)
            {
                char c = text[i];
                if (!IsAsciiLetterOrDigit(c) && c != '.' && c != '-' && c != '_')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsTarget(string text)
        {
            if (text.Length > 40)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsVersion(string text)
        {
            string[] parts = text.Split('.');
            if (parts.Length < 2 || parts.Length > 4)
            {
                return false;
            }

            for (int i = 0; i < parts.Length; i++)
            {
                int number;
                if (parts[i].Length == 0 || parts[i].Length > 9 || !IsDigits(parts[i]) || !int.TryParse(parts[i], out number))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsPowerSwitch(string text)
        {
            if (text == "none" || text == "manual")
            {
                return true;
            }

            if (text.StartsWith("serial-reset:"))
            {
                return text.Length > 13 && text.Length - 13 <= SerialCharsMax;
            }

            if (text.StartsWith("uhubctl:"))
            {
                string[] parts = text.Split(':');
                int port;
                return parts.Length == 3 && parts[1].Length > 0 && IsHubLocation(parts[1])
                    && IsDigits(parts[2]) && int.TryParse(parts[2], out port) && port >= 1 && port <= 32;
            }

            string relay = null;
            if (text.StartsWith("usbrelay:"))
            {
                relay = text.Substring(9);
            }
            else if (text.StartsWith("usbrelayd:"))
            {
                relay = text.Substring(10);
            }

            if (relay == null)
            {
                return false;
            }

            int underscore = relay.LastIndexOf('_');
            if (underscore <= 0 || underscore == relay.Length - 1 || !IsDigits(relay.Substring(underscore + 1)))
            {
                return false;
            }

            for (int i = 0; i < underscore; i++)
            {
                if (!IsAsciiLetterOrDigit(relay[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsHubLocation(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (!((c >= '0' && c <= '9') || c == '-' || c == '.'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsDigits(string text)
        {
            if (text.Length == 0)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAsciiLetterOrDigit(char c)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }

        // One board section while it is being read.
        private sealed class Board
        {
            public int Id;
            public int Line;
            public string Serial;
            public string Power = "none";
        }

        // The state of one parse: what was read so far and the errors found.
        private sealed class ParseState
        {
            public const int NoSection = 0;
            public const int KitSection = 1;
            public const int BoardSection = 2;
            public const int UnknownSection = 3;

            public readonly ArrayList Errors = new ArrayList();
            public readonly ArrayList Boards = new ArrayList();
            public int Section = NoSection;
            public int KitLine;
            public int LmsLine;
            public Board Current;
            public string Kit;
            public BrokerAddress[] Brokers;
            public string Listener = DefaultListener;
            public string Scheme = DefaultScheme;
            public string Lms = DefaultLms;
            public string Target;
            public string Firmware;
            public string Wifi;

            // "section/key" -> line, to report a key given twice and to tell "missing" from "invalid".
            private readonly Hashtable _seen = new Hashtable();

            public bool Full
            {
                get { return Errors.Count >= ErrorsMax; }
            }

            public void Error(int line, string message)
            {
                if (!Full)
                {
                    Errors.Add(new ConfigError(line, message));
                }
            }

            public bool FirstUse(int line, string section, string key)
            {
                string name = section + "/" + key;
                object first = _seen[name];
                if (first != null)
                {
                    Error(line, "'" + key + "' given twice in " + section + " (first on line " + ((int)first).ToString() + ")");
                    return false;
                }

                _seen[name] = line;
                return true;
            }

            public bool Seen(string kitKey)
            {
                return _seen["[kit]/" + kitKey] != null;
            }

            public Board FindBoard(int id)
            {
                for (int i = 0; i < Boards.Count; i++)
                {
                    Board board = (Board)Boards[i];
                    if (board.Id == id)
                    {
                        return board;
                    }
                }

                return null;
            }

            public BoardConfig[] SortedBoards()
            {
                BoardConfig[] sorted = new BoardConfig[Boards.Count];
                int count = 0;
                for (int i = 0; i < Boards.Count; i++)
                {
                    Board board = (Board)Boards[i];
                    BoardConfig entry = new BoardConfig(board.Id, board.Serial, board.Power, board.Line);
                    int at = count;
                    while (at > 0 && sorted[at - 1].Id > entry.Id)
                    {
                        sorted[at] = sorted[at - 1];
                        at--;
                    }

                    sorted[at] = entry;
                    count++;
                }

                return sorted;
            }

            public ConfigResult Result()
            {
                ConfigError[] errors = new ConfigError[Errors.Count];
                for (int i = 0; i < errors.Length; i++)
                {
                    errors[i] = (ConfigError)Errors[i];
                }

                return new ConfigResult(null, errors);
            }
        }
    }
}
