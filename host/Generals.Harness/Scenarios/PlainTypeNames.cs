using System.Text.RegularExpressions;
using Generals.Harness.Plan;

namespace Generals.Harness.Scenarios;

/// <summary>
/// Says in plain words what a value of a .NET type looks like ("a whole number 0..255"), and replaces the type
/// names that libraries put in their messages (``System.Nullable`1[System.UInt64]``) with those words: an error
/// a student reads names the field and what it needs, never our types.
/// </summary>
public static partial class PlainTypeNames
{
    /// <summary>What a value of <paramref name="type"/> must look like, in words.</summary>
    public static string Describe(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        Type plain = Nullable.GetUnderlyingType(type) ?? type;
        if (PlanNames.Has(plain))
        {
            return PlanNames.Accepted(plain);
        }

        return Type.GetTypeCode(plain) switch
        {
            TypeCode.Byte => "a whole number 0..255",
            TypeCode.Int16 => "a whole number -32768..32767",
            TypeCode.UInt16 => "a whole number 0..65535",
            TypeCode.Int32 => "a whole number -2147483648..2147483647",
            TypeCode.UInt32 => "a whole number 0..4294967295",
            TypeCode.Int64 => "a whole number -9223372036854775808..9223372036854775807",
            TypeCode.UInt64 => "a whole number 0..18446744073709551615",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number (0.25, 1e3, .inf)",
            TypeCode.Boolean => "true or false",
            TypeCode.String => "text",
            _ when plain.IsEnum => "one of " + string.Join(", ", Enum.GetNames(plain)),
            _ when plain.IsGenericType && plain.GetGenericTypeDefinition() == typeof(Dictionary<,>) => "a mapping (key: value)",
            _ when plain.IsArray || (plain.IsGenericType && plain.GetGenericTypeDefinition() == typeof(List<>)) => "a list",
            _ => "a mapping of fields (key: value)",
        };
    }

    /// <summary><paramref name="message"/> with every .NET type name in it replaced by <see cref="Describe"/>'s words.</summary>
    public static string Scrub(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return TypeName().Replace(message, match => Describe(Resolve(match.Value)));
    }

    private static Type Resolve(string name)
    {
        Match nullable = NullableOf().Match(name);
        string inner = nullable.Success ? nullable.Groups[1].Value : name;
        string simple = inner.Split(',')[0].Trim();
        return Type.GetType(simple) ?? (simple.Contains("List`1", StringComparison.Ordinal) ? typeof(List<object>) : typeof(object));
    }

    // A fully qualified CLR type name as libraries print it: System.Int32, System.Nullable`1[System.UInt64],
    // System.Collections.Generic.List`1[[Generals...FaultSpec, Generals.Harness, Version=...]], Generals.Harness.Scenarios.Scenario.
    [GeneratedRegex(@"(?:System|Generals)(?:\.[A-Za-z_][A-Za-z0-9_]*)+(?:`\d+\[(?:[^\[\]]|\[[^\[\]]*\])*\])?(?:, [A-Za-z0-9_.]+(?:, (?:Version|Culture|PublicKeyToken)=[^,\]\s']+)*)?")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"^System\.Nullable`1\[\[?([^\],]+)")]
    private static partial Regex NullableOf();
}
