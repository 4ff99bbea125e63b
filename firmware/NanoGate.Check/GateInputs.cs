using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Generals.NanoGate.Check;

/// <summary>What one gated assembly is made of and checked against, read from the file firmware/NanoGate writes.</summary>
/// <remarks>
/// One "key=value" per line: name, langversion, optimize, define (repeated), reference (repeated: mscorlib and the
/// package surfaces the assembly may use), source (repeated), output, ilbudget, stringbudget.
/// </remarks>
public sealed class GateInputs
{
    /// <summary>The processor's limit on an assembly's bytecode and on its strings: 64 KiB each.</summary>
    public const int ProcessorLimitBytes = 64 * 1024;

    /// <summary>The default budget: the processor's 64 KiB minus 8 KiB of headroom for the next changes.</summary>
    public const int DefaultBudgetBytes = 56 * 1024;

    public GateInputs(string assemblyName, string languageVersion, IReadOnlyList<string> references)
    {
        AssemblyName = assemblyName;
        LanguageVersion = languageVersion;
        References = references;
    }

    public string AssemblyName { get; }

    /// <summary>The C# version, as LangVersion spells it ("9.0").</summary>
    public string LanguageVersion { get; }

    public IReadOnlyList<string> References { get; }

    public bool Optimize { get; init; }

    public IReadOnlyList<string> Defines { get; init; } = Array.Empty<string>();

    public IReadOnlyList<string> Sources { get; init; } = Array.Empty<string>();

    /// <summary>Where the compiled assembly is written, so it can be inspected; null writes nothing.</summary>
    public string? OutputPath { get; init; }

    public int IlBudgetBytes { get; init; } = DefaultBudgetBytes;

    public int StringBudgetBytes { get; init; } = DefaultBudgetBytes;

    public static GateInputs Read(string path)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string raw in File.ReadAllLines(path))
        {
            string line = raw.Trim();
            int equals = line.IndexOf('=', StringComparison.Ordinal);
            if (line.Length == 0 || equals <= 0)
            {
                continue;
            }

            string key = line[..equals];
            if (!values.TryGetValue(key, out List<string>? list))
            {
                list = [];
                values[key] = list;
            }

            list.Add(line[(equals + 1)..]);
        }

        return new GateInputs(Single(values, "name", path), Single(values, "langversion", path), All(values, "reference"))
        {
            Optimize = string.Equals(Optional(values, "optimize"), "true", StringComparison.OrdinalIgnoreCase),
            Defines = All(values, "define"),
            Sources = All(values, "source"),
            OutputPath = Optional(values, "output"),
            IlBudgetBytes = IntOrDefault(values, "ilbudget"),
            StringBudgetBytes = IntOrDefault(values, "stringbudget"),
        };
    }

    private static string Single(Dictionary<string, List<string>> values, string key, string path) =>
        Optional(values, key) ?? throw new InvalidDataException($"{path}: no '{key}=' line");

    private static string? Optional(Dictionary<string, List<string>> values, string key) =>
        values.TryGetValue(key, out List<string>? list) && list.Count > 0 ? list[^1] : null;

    private static int IntOrDefault(Dictionary<string, List<string>> values, string key) =>
        Optional(values, key) is string text ? int.Parse(text, CultureInfo.InvariantCulture) : DefaultBudgetBytes;

    private static IReadOnlyList<string> All(Dictionary<string, List<string>> values, string key) =>
        values.TryGetValue(key, out List<string>? list) ? list : Array.Empty<string>();
}
