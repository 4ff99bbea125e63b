using System.Text;

namespace Generals.Harness.Provisioning.Flash;

/// <summary>
/// Where a record goes on a board's flash drive `I:` (firmware/README.md, "What the board's storage holds"): letters,
/// digits, `.` and `-` stay, `/` becomes `_`, anything else `~` and two hex digits. The firmware's `Storage/RecordFiles`
/// maps names the same way when it reads them; tests/Generals.Cli.Tests/Lab/FlashCommandTests.cs holds this to the
/// README's examples.
/// </summary>
public static class BoardFileNames
{
    /// <summary>The file name of record <paramref name="name"/> ("node/incarnation" is "node_incarnation").</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var mapped = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-')
            {
                mapped.Append(c);
            }
            else if (c == '/')
            {
                mapped.Append('_');
            }
            else
            {
                mapped.Append('~').Append(((int)c & 0xFF).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return mapped.ToString();
    }
}
