using Generals.NanoGate.Analyzer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

namespace Generals.Core.Tests.Portability;

/// <summary>Compiles C# text against firmware/NanoSurface alone, the way the nano gate compiles Core.</summary>
internal static class NanoSurfaceCompiler
{
    private static readonly Lazy<MetadataReference> Surface = new(() =>
    {
        string path = RepoPaths.Combine("firmware", "NanoSurface", "bin", RepoPaths.Configuration, "net10.0", "NanoSurface.dll");
        return File.Exists(path)
            ? MetadataReference.CreateFromFile(path)
            : throw new FileNotFoundException("build firmware/NanoSurface first", path);
    });

    public static IReadOnlyList<Diagnostic> Errors(string source)
    {
        using var pe = new MemoryStream();
        EmitResult result = Compile(source).Emit(pe);
        return result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }

    /// <summary>What the nano gate's analyzer reports for the source, compiled as the gate compiles Core.</summary>
    public static IReadOnlyList<Diagnostic> AnalyzerDiagnostics(params string[] sources)
    {
        CompilationWithAnalyzers compilation = Compile(sources)
            .WithAnalyzers([new NanoFeatureAnalyzer()]);
        return compilation.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    private static CSharpCompilation Compile(params string[] sources) => CSharpCompilation.Create(
        "Snippet",
        sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
        [Surface.Value],
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
}
