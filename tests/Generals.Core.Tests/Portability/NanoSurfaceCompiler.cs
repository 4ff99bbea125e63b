using System.Collections.Immutable;
using Generals.NanoGate.Analyzer;
using Generals.NanoGate.Check;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Generals.Core.Tests.Portability;

/// <summary>Compiles C# text the way the nano gate compiles Core: same references, C# version and checker.</summary>
/// <remarks>
/// The references and options come from the inputs file the gate's build wrote beside the gated assembly
/// (firmware/NanoGate/bin/CONFIG/net10.0/nano/Generals.Core.inputs), so a probe meets exactly what Core meets.
/// </remarks>
internal static class NanoSurfaceCompiler
{
    private static readonly Lazy<GateInputs> CoreInputs = new(() =>
    {
        string path = RepoPaths.Combine("firmware", "NanoGate", "bin", RepoPaths.Configuration, "net10.0", "nano", "Generals.Core.inputs");
        return File.Exists(path)
            ? GateInputs.Read(path)
            : throw new FileNotFoundException("build firmware/NanoGate first", path);
    });

    /// <summary>What the gate wrote for Core: real mscorlib, Core's package surfaces, C# 9.0.</summary>
    public static GateInputs Core => CoreInputs.Value;

    /// <summary>The gate's verdict on the sources, compiled with Core's references and options.</summary>
    public static GateResult Check(params string[] sources) => Check(Core, sources);

    public static GateResult Check(GateInputs inputs, params string[] sources) =>
        NanoGateCompiler.Compile(inputs, sources.Select((text, i) => new KeyValuePair<string, string>($"Probe{i}.cs", text)));

    /// <summary>Core's inputs with other references, C# version or budgets.</summary>
    public static GateInputs With(IReadOnlyList<string>? references = null, string? languageVersion = null, int? budgetBytes = null) =>
        new(Core.AssemblyName, languageVersion ?? Core.LanguageVersion, references ?? Core.References)
        {
            Defines = Core.Defines,
            IlBudgetBytes = budgetBytes ?? Core.IlBudgetBytes,
            StringBudgetBytes = budgetBytes ?? Core.StringBudgetBytes,
        };

    /// <summary>The path of one of Core's references: "mscorlib" or a package surface such as "nanoFramework.System.Math".</summary>
    public static string Reference(string name) =>
        Core.References.Single(r => Path.GetFileNameWithoutExtension(r) == name);

    public static IReadOnlyList<GateViolation> Errors(string source) => Check(source).Violations;

    /// <summary>A compilation against Core's references (latest C#, unsafe allowed), for looking at symbols.</summary>
    public static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
        "Snippet",
        sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
        Core.References.Select(r => MetadataReference.CreateFromFile(r)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));

    /// <summary>What the nano gate's analyzer reports for the sources, whatever the compiler thinks of them.</summary>
    public static ImmutableArray<Diagnostic> AnalyzerDiagnostics(params string[] sources) =>
        Compilation(sources)
            .WithAnalyzers([new NanoFeatureAnalyzer()])
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter()
            .GetResult();
}
