using System.Text;

namespace Generals.Cli.Tests.Labs;

/// <summary>
/// One command of a lab sheet: a line of a ```sh block that starts with `generals `, split into words as a shell would
/// (single and double quotes group, `#` starts a comment), and whether it ends with `&` (run in the background while the
/// next command runs, as `generals sniff` beside an emulated run).
/// </summary>
internal sealed record SheetCommand(string Sheet, int Line, string Text, IReadOnlyList<string> Arguments, bool Background)
{
    /// <summary>The word that starts every command a sheet runs.</summary>
    public const string Program = "generals";

    /// <summary>True for a board command (`--mode lab`): it needs boards, so the runner checks it without running it.</summary>
    public bool OnBoards => Option("--mode") == "lab";

    /// <summary>True for an emulated run (`--mode emu`).</summary>
    public bool Emulated => Option("--mode") == "emu";

    /// <summary>The value after <paramref name="name"/>, or null.</summary>
    public string? Option(string name)
    {
        int at = Arguments.ToList().IndexOf(name);
        return at >= 0 && at + 1 < Arguments.Count ? Arguments[at + 1] : null;
    }

    /// <summary>Where the command is, for a failure message.</summary>
    public string Where => $"{Sheet}:{Line}: {Text}";

    /// <summary>Every command of the ```sh blocks of a sheet; a line there that is not a `generals` command is refused.</summary>
    public static List<SheetCommand> Read(string sheet, string markdown)
    {
        var commands = new List<SheetCommand>();
        bool inShell = false;
        bool inOther = false;
        string[] lines = markdown.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (inShell || inOther)
                {
                    inShell = inOther = false;
                }
                else if (line == "```sh")
                {
                    inShell = true;
                }
                else
                {
                    inOther = true;
                }

                continue;
            }

            if (!inShell || line.Length == 0)
            {
                continue;
            }

            List<string> words = Words(line, out bool background);
            if (words.Count < 2 || words[0] != Program)
            {
                throw new FormatException($"{sheet}:{i + 1}: a ```sh block of a lab sheet holds only `generals ...` commands, not: {line}");
            }

            commands.Add(new SheetCommand(sheet, i + 1, line, words.Skip(1).ToList(), background));
        }

        return commands;
    }

    /// <summary>The words of a shell line: quotes group, `#` outside quotes ends the line, a last `&` means background.</summary>
    private static List<string> Words(string line, out bool background)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false;
        char quote = '\0';
        foreach (char c in line)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }

                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (c == '#' && !inWord)
            {
                break;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        background = words.Count > 0 && words[^1] == "&";
        if (background)
        {
            words.RemoveAt(words.Count - 1);
        }

        return words;
    }
}
