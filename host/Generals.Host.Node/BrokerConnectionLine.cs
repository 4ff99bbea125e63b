using System.Globalization;
using System.Text.RegularExpressions;

namespace Generals.Host.Node;

/// <summary>
/// The log line a general writes when it connects to a broker of a list ("connected to the broker at 127.0.0.1:39807 (2 of
/// 2, 1 failovers)"), written and read here only: the emulated world reads it from the general's output to record which
/// broker each general is on (history type broker-connected, docs/broker.md).
/// </summary>
public static partial class BrokerConnectionLine
{
    private const string Prefix = "connected to the broker at ";

    /// <summary>The line for a connection to <paramref name="broker"/> (host:port), at <paramref name="position"/> (from 1) of <paramref name="count"/>; one broker has no position.</summary>
    public static string Format(string broker, int position, int count, int failovers) =>
        count > 1 ? string.Create(CultureInfo.InvariantCulture, $"{Prefix}{broker} ({position} of {count}, {failovers} failovers)") : Prefix + broker;

    /// <summary>Reads a line of a list's connection (one broker: false); false for any other line.</summary>
    public static bool TryParse(string line, out string broker, out int position, out int failovers)
    {
        ArgumentNullException.ThrowIfNull(line);
        Match match = Pattern().Match(line);
        broker = match.Success ? match.Groups[1].Value : "";
        position = match.Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        failovers = match.Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        return match.Success;
    }

    // Digits are capped so a parse never overflows, whatever the line.
    [GeneratedRegex(@"^connected to the broker at (\S+) \((\d{1,2}) of \d{1,2}, (\d{1,9}) failovers\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
