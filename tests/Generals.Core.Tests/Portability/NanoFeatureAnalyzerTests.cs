using Generals.NanoGate.Analyzer;
using Microsoft.CodeAnalysis;

namespace Generals.Core.Tests.Portability;

/// <summary>Proves the nano gate's analyzer rejects what compiles but nanoFramework 1.17 cannot run, and nothing else.</summary>
public class NanoFeatureAnalyzerTests
{
    public static TheoryData<string, string> Forbidden => new()
    {
        { "NANO001", "class G<T> { }" },
        { "NANO001", "struct Pair<TA, TB> { }" },
        { "NANO001", "interface ISource<T> { }" },
        { "NANO001", "delegate void Handler<T>(T value);" },
        { "NANO001", "class Outer { class Inner<T> { } }" },
        { "NANO002", "class C { void M<T>(T value) { } }" },
        { "NANO002", "class C { void M() { int Local<T>(T v) { return 0; } } }" },
        { "NANO003", "class C { System.Collections.IEnumerable M() { yield return 1; } }" },
        { "NANO003", "class C { System.Collections.IEnumerator M() { yield break; } }" },
        { "NANO004", "class C { object M(dynamic d) { return d; } }" },
        { "NANO004", "class C { void M() { dynamic d = 1; } }" },
        { "NANO005", "record R(int X);" },
        { "NANO005", "record struct S(int X);" },
        { "NANO005", "record class K { }" },
        { "NANO006", "class C { public int X { get; init; } }" },
        { "NANO007", "class C { int M() { System.IntPtr p = default; unsafe { int* b = stackalloc int[4]; return b[0]; } } }" },
        { "NANO007", "class C { void M() { var b = stackalloc byte[] { 1, 2 }; } }" },
        { "NANO008", "class C { unsafe void M() { } }" },
        { "NANO008", "class C { void M() { unsafe { } } }" },
        { "NANO008", "unsafe class C { }" },
        { "NANO008", "class C { unsafe int* p; }" },
        { "NANO009", "class C { object M() { return new { A = 1 }; } }" },
        { "NANO010", "class C { int[,] grid; }" },
        { "NANO010", "class C { object M() { return new int[2, 3]; } }" },
        { "NANO010", "class C { object M() { return new[,] { { 1 } }; } }" },
        { "NANO011", "class C { System.Action<int> a; }" },
        { "NANO011", "class C { object M() { return new System.Collections.Generic.List<int>(); } }" },
        { "NANO011", "class C { System.Func<int, int> f = x => x; }" },
        { "NANO012", "class C { int? x; }" },
        { "NANO013", "class C { object M() { return (1, 2); } }" },
        { "NANO013", "class C { void M((int, int) pair) { } }" },
        { "NANO014", "class C { object M(int[] a) { return from x in a select x; } }" },
        { "NANO015", "class C { async void M() { } }" },
        { "NANO015", "class C { void M() { System.EventHandler h = async (s, e) => { }; } }" },
        { "NANO016", "class C { object M(object o) { return o.GetType(); } }" },
        { "NANO016", "class C { object M() { return typeof(C); } }" },
        { "NANO016", "class C { System.Type t; }" },
    };

    public static TheoryData<string, string> Allowed => new()
    {
        { "plain class with properties", "class C { public int X { get; private set; } public C(int x) { X = x; } }" },
        { "non-generic delegate and lambda", "delegate int F(int x); class C { int M() { F f = x => x + 1; return f(1); } }" },
        { "switch expression and interpolation", "class C { string M(int x) { return $\"{x}:\" + (x switch { 0 => \"zero\", _ => \"more\" }); } }" },
        { "ArrayList and foreach", "class C { int M(System.Collections.ArrayList l) { int n = 0; foreach (object o in l) { n++; } return n; } }" },
        { "a local named dynamic", "class C { int M() { int dynamic = 1; return dynamic; } }" },
        { "a method named Yield", "class C { int Yield() { return 1; } }" },
        { "struct with readonly fields", "struct P { public readonly int X; public P(int x) { X = x; } }" },
        { "array initialiser", "class C { byte[] M() { return new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 }; } }" },
        { "jagged array", "class C { int[][] M() { return new int[2][]; } }" },
        { "locals named async and Type", "class C { int M() { int async = 1; int Type = 2; return async + Type; } }" },
        { "a method named GetType with an argument", "class C { int GetType(int x) { return x; } int M() { return GetType(1); } }" },
        { "attribute from System.Reflection", "[assembly: System.Reflection.AssemblyVersion(\"1.0.0.0\")] class C { }" },
        { "parenthesised expression", "class C { int M(int a) { return (a + 1) * 2; } }" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Analyze_ForbiddenConstruct_ReportsNanoGateError(string expectedId, string source)
    {
        IReadOnlyList<Diagnostic> diagnostics = NanoSurfaceCompiler.AnalyzerDiagnostics(source);

        Diagnostic hit = Assert.Single(diagnostics, d => d.Id == expectedId);
        Assert.Equal(DiagnosticSeverity.Error, hit.Severity);
        Assert.StartsWith("nano gate: " + hit.Descriptor.CustomTags.Single() + ": ", hit.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Analyze_OrdinaryCode_ReportsNothing(string feature, string source)
    {
        IReadOnlyList<Diagnostic> diagnostics = NanoSurfaceCompiler.AnalyzerDiagnostics(source);

        Assert.True(diagnostics.Count == 0, $"{feature}: {string.Join("; ", diagnostics)}");
    }

    [Fact]
    public void Analyze_CoreSources_ReportNothing()
    {
        string[] sources = Directory.EnumerateFiles(RepoPaths.Combine("shared", "Generals.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToArray();

        IReadOnlyList<Diagnostic> diagnostics = NanoSurfaceCompiler.AnalyzerDiagnostics(sources);

        Assert.NotEmpty(sources);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void SupportedDiagnostics_AreNanoGateErrors()
    {
        var analyzer = new NanoFeatureAnalyzer();

        Assert.All(analyzer.SupportedDiagnostics, d =>
        {
            Assert.StartsWith("NANO", d.Id, StringComparison.Ordinal);
            Assert.Equal(DiagnosticSeverity.Error, d.DefaultSeverity);
            Assert.StartsWith("nano gate: ", d.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        });
        Assert.Equal(16, analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void SupportedDiagnostics_EachNamesItsRule()
    {
        var analyzer = new NanoFeatureAnalyzer();

        Assert.All(analyzer.SupportedDiagnostics, d =>
        {
            string rule = Assert.Single(d.CustomTags);
            Assert.StartsWith($"nano gate: {rule}: ", d.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        });
    }
}
