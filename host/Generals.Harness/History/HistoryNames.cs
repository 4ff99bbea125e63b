using System.Text;

namespace Generals.Harness.History;

/// <summary>How the history names things: C# names in lower case, words joined by hyphens ("MalformedFrame" is "malformed-frame").</summary>
public static class HistoryNames
{
    /// <summary>The hyphenated lower-case form of a PascalCase name; a number (an enum value without a name) stays as it is.</summary>
    public static string Of(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var name = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (char.IsUpper(c) && i > 0 && !char.IsUpper(pascal[i - 1]))
            {
                name.Append('-');
            }

            name.Append(char.ToLowerInvariant(c));
        }

        return name.ToString();
    }

    /// <summary>The history name of an enum value.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => Of(value.ToString());
}
