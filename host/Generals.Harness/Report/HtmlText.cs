using System.Text;

namespace Generals.Harness.Report;

/// <summary>
/// Escapes text for HTML element content and attribute values: the five markup characters become entities and control
/// characters (never valid in HTML) become visible \uXXXX text, so nothing a history holds can open a tag or a script.
/// </summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 16);
        Append(escaped, text);
        return escaped.ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped to <paramref name="html"/>.</summary>
    public static void Append(StringBuilder html, string text)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(text);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default:
                    if (char.IsControl(c) && c != '\n' && c != '\t')
                    {
                        html.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        html.Append(c);
                    }

                    break;
            }
        }
    }
}
