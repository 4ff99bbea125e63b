using System.CommandLine.Parsing;
using System.Globalization;

namespace Generals.Cli;

/// <summary>Checks of option and argument values at parse time, so a bad value is a usage error (64) with one line.</summary>
public static class CliValues
{
    /// <summary>An argument that looks like an option and is no file is an option this command does not know.</summary>
    public static void NotAnOption(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (Token token in result.Tokens)
        {
            if (token.Value.StartsWith('-') && !File.Exists(token.Value))
            {
                result.AddError($"unknown option '{token.Value}'");
            }
        }
    }

    /// <summary>A whole number option within <paramref name="min"/>..<paramref name="max"/>.</summary>
    public static void InRange(OptionResult result, long min, long max)
    {
        ArgumentNullException.ThrowIfNull(result);
        string? given = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
        if (given != null && (!long.TryParse(given, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) || value < min || value > max))
        {
            result.AddError($"{result.Option.Name} '{given}' must be a whole number {min}..{max}");
        }
    }

    /// <summary>
    /// A broker: mqtt://host:port (port 1..65535), or `mosquitto` where <paramref name="allowMosquitto"/>, or where
    /// <paramref name="allowList"/> several joined by commas (nf.config's broker syntax, Core's BrokerList).
    /// </summary>
    public static void BrokerUrl(OptionResult result, bool allowMosquitto, bool allowList = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        string? given = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
        if (given == null || (allowMosquitto && given == "mosquitto"))
        {
            return;
        }

        if (allowList)
        {
            if (Generals.Core.Config.BrokerList.Parse(given, out string error) == null)
            {
                result.AddError($"{result.Option.Name} '{given}' must be mqtt://host:port, or several joined by commas ({error})");
            }

            return;
        }

        bool valid = Uri.TryCreate(given, UriKind.Absolute, out Uri? uri)
            && uri.Scheme == "mqtt" && uri.Host.Length > 0 && !uri.IsDefaultPort && uri.Port is > 0 and <= 65535
            && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.UserInfo.Length == 0;
        if (!valid)
        {
            result.AddError($"{result.Option.Name} '{given}' must be {(allowMosquitto ? "mosquitto or " : "")}mqtt://host:port (port 1..65535)");
        }
    }

    /// <summary>The most seconds a duration option takes: an hour bounds any wait a lab needs.</summary>
    public const int DurationSecondsMax = 3600;

    /// <summary>A duration such as `60s`, `500ms` or `2m` (at most an hour), or null when <paramref name="text"/> is not one.</summary>
    public static TimeSpan? Duration(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        (string number, double scale) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : text.EndsWith('m') ? (text[..^1], 60.0)
            : (text, 1.0);
        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value * scale <= DurationSecondsMax
            ? TimeSpan.FromSeconds(value * scale)
            : null;
    }

    /// <summary>A duration option (<see cref="Duration"/>).</summary>
    public static void DurationValue(OptionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string? given = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
        if (given != null && Duration(given) == null)
        {
            result.AddError($"{result.Option.Name} '{given}' must be a duration such as 60s, 500ms or 2m (at most {DurationSecondsMax / 60} minutes)");
        }
    }
}
