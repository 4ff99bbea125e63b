using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Generals.NanoGate.Analyzer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

namespace Generals.NanoGate.Check;

/// <summary>Compiles one gated assembly the way nanoFramework's toolchain would see it, and names every broken rule.</summary>
/// <remarks>
/// The compiler's own errors (a type the surfaces do not declare, a feature newer than the project system's C#)
/// and the analyzer's (generics, nullable, multi-dimensional arrays...) are gathered together: the analyzer runs
/// even where the compiler already failed, so a line that breaks a rule is reported under that rule's name.
/// </remarks>
public static class NanoGateCompiler
{
    /// <summary>Compiles <paramref name="sources"/> (path, text) with the inputs' references, C# version and defines.</summary>
    public static GateResult Compile(GateInputs inputs, IEnumerable<KeyValuePair<string, string>> sources)
    {
        if (!LanguageVersionFacts.TryParse(inputs.LanguageVersion, out LanguageVersion version))
        {
            throw new ArgumentException($"unknown C# version '{inputs.LanguageVersion}'", nameof(inputs));
        }

        var parse = new CSharpParseOptions(version, preprocessorSymbols: inputs.Defines);
        SyntaxTree[] trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Value, parse, s.Key)).ToArray();
        var compilation = CSharpCompilation.Create(
            inputs.AssemblyName,
            trees,
            inputs.References.Select(r => MetadataReference.CreateFromFile(r)),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: inputs.Optimize ? OptimizationLevel.Release : OptimizationLevel.Debug,
                deterministic: true,
                nullableContextOptions: NullableContextOptions.Disable));

        ImmutableArray<Diagnostic> diagnostics = compilation
            .WithAnalyzers([new NanoFeatureAnalyzer()])
            .GetAllDiagnosticsAsync(CancellationToken.None)
            .GetAwaiter()
            .GetResult();
        List<GateViolation> violations = diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => ToViolation(d, inputs))
            .ToList();
        if (violations.Count > 0)
        {
            return new GateResult(violations, null);
        }

        using var pe = new MemoryStream();
        EmitResult emitted = compilation.Emit(pe, options: new EmitOptions(runtimeMetadataVersion: "v4.0.30319"));
        violations.AddRange(emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => ToViolation(d, inputs)));
        if (!emitted.Success)
        {
            return new GateResult(violations, null);
        }

        ImmutableArray<byte> image = ImmutableArray.Create(pe.ToArray());
        AssemblyMeasure measure = AssemblyMeasure.Read(image);
        violations.AddRange(measure.Violations(inputs));
        return new GateResult(violations, measure) { Image = image };
    }

    /// <summary>Compiles the files the inputs list.</summary>
    public static GateResult CompileFiles(GateInputs inputs) =>
        Compile(inputs, inputs.Sources.Select(path => new KeyValuePair<string, string>(path, File.ReadAllText(path))));

    /// <summary>The rule a diagnostic breaks: the analyzer's own, the C# version, or the nanoFramework surface.</summary>
    public static string RuleOf(Diagnostic diagnostic)
    {
        if (diagnostic.Descriptor.CustomTags.FirstOrDefault(t => t.StartsWith("no-", StringComparison.Ordinal)) is string rule)
        {
            return rule;
        }

        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        return message.Contains("Please use language version", StringComparison.Ordinal) || diagnostic.Id == "CS8652"
            ? NanoRuleNames.LanguageVersion
            : NanoRuleNames.Surface;
    }

    private static GateViolation ToViolation(Diagnostic diagnostic, GateInputs inputs)
    {
        string rule = RuleOf(diagnostic);
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        string text = message.StartsWith("nano gate: ", StringComparison.Ordinal)
            ? message
            : $"nano gate: {rule}: {message}{Explanation(rule, inputs.LanguageVersion)}";
        FileLinePositionSpan span = diagnostic.Location.GetMappedLineSpan();
        return span.IsValid && !string.IsNullOrEmpty(span.Path)
            ? new GateViolation(rule, diagnostic.Id, text, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1)
            : new GateViolation(rule, diagnostic.Id, text, "nanogate", 0, 0);
    }

    private static string Explanation(string rule, string languageVersion) => rule == NanoRuleNames.LanguageVersion
        ? $" (the gate compiles with C# {languageVersion}, the LangVersion nanoFramework's project system sets in NFProjectSystem.Default.props)"
        : " (not declared by nanoFramework.CoreLibrary 1.17.11's mscorlib nor by the package surfaces this assembly references: firmware/NanoSurface)";
}
