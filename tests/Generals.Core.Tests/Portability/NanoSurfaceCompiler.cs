using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            [Surface.Value],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var pe = new MemoryStream();
        EmitResult result = compilation.Emit(pe);
        return result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }
}
