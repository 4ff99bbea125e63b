using System.Globalization;

namespace Generals.Harness.Checkers.Detection;

/// <summary>How witnesses name things, so every detection checker reads alike.</summary>
internal static class DetectionText
{
    /// <summary>At most this many witness lines per check; a run with thousands of mistakes stays readable.</summary>
    public const int WitnessLinesMax = 10;

    public static string Who(int id) => id == 0 ? "the harness" : $"general {id}";

    public static string Ms(long timeMs) => timeMs.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> Capped(List<string> lines)
    {
        if (lines.Count <= WitnessLinesMax)
        {
            return lines;
        }

        List<string> capped = lines.GetRange(0, WitnessLinesMax);
        capped.Add($"... and {lines.Count - WitnessLinesMax} more");
        return capped;
    }
}
