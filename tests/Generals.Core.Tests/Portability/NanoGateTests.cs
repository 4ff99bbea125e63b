using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Generals.Core.Tests.Portability;

/// <summary>Proves the nano gate bites: what nanoFramework 1.17 lacks is rejected, what it has compiles.</summary>
public class NanoGateTests
{
    public static TheoryData<string, string> Rejected => new()
    {
        { "List<int>", "class C { object M() { return new System.Collections.Generic.List<int>(); } }" },
        { "int?", "class C { int? x; int M() { return x ?? 0; } }" },
        { "await", "class C { async void M() { await System.Threading.Tasks.Task.Delay(1); } }" },
        { "LINQ query", "class C { object M(int[] a) { return from x in a where x > 1 select x; } }" },
        { "tuple", "class C { (int, int) M() { return (1, 2); } }" },
        { "Span<byte>", "class C { void M(byte[] b) { System.Span<byte> s = b; } }" },
        { "Math.Max(long)", "class C { long M(long a, long b) { return System.Math.Max(a, b); } }" },
        { "char.IsDigit", "class C { bool M(char c) { return char.IsDigit(c); } }" },
        { "bool.Parse", "class C { bool M(string s) { return bool.Parse(s); } }" },
        { "string.Replace", "class C { string M(string s) { return s.Replace(\"a\", \"b\"); } }" },
        { "string.Join", "class C { string M(string[] s) { return string.Join(\",\", s); } }" },
        { "Hashtable.ContainsKey", "class C { bool M(System.Collections.Hashtable h) { return h.ContainsKey(1); } }" },
        { "StringBuilder.Insert(int, string)", "class C { object M(System.Text.StringBuilder b) { return b.Insert(0, \"x\"); } }" },
        { "Array.Count (explicit IList member)", "class C { int M(byte[] b) { return b.Count; } }" },
        { "TimeSpan.FromSeconds(double)", "class C { System.TimeSpan M() { return System.TimeSpan.FromSeconds(1.5); } }" },
        { "volatile field (no IsVolatile)", "class C { volatile int x; int M() { return x; } }" },
        { "GetType (reflection-only)", "class C { object M(object o) { return o.GetType(); } }" },
    };

    public static TheoryData<string, string> Accepted => new()
    {
        { "ArrayList", "class C { int M() { var l = new System.Collections.ArrayList(); l.Add(1); int n = 0; foreach (object o in l) { n += (int)o; } return n; } }" },
        { "Hashtable", "class C { object M() { var h = new System.Collections.Hashtable(); h[\"a\"] = 1; return h.Contains(\"a\") ? h[\"a\"] : null; } }" },
        { "string interpolation", "class C { string M(int x, string s) { return $\"x={x} s={s}\"; } }" },
        { "switch expression", "class C { string M(int x) { return x switch { 1 => \"one\", 2 => \"two\", _ => \"many\" }; } }" },
        { "Encoding.UTF8", "class C { string M(string s) { byte[] b = System.Text.Encoding.UTF8.GetBytes(s); return System.Text.Encoding.UTF8.GetString(b, 0, b.Length); } }" },
        { "StringBuilder", "class C { string M(int x) { var b = new System.Text.StringBuilder(); b.Append(x).Append(':').AppendLine(); return b.ToString(); } }" },
        { "string members", "class C { bool M(string s) { return s.Contains(\"a\") && s.StartsWith(\"b\") && s.Split(',').Length > 1 && !string.IsNullOrEmpty(s.Trim()); } }" },
        { "Math subset", "class C { double M(int a, double d) { return System.Math.Max(a, 3) + System.Math.Sqrt(System.Math.Abs(d)) + System.Math.Floor(d); } }" },
        { "Queue and Stack", "class C { object M() { var q = new System.Collections.Queue(); q.Enqueue(1); var s = new System.Collections.Stack(); s.Push(q.Dequeue()); return s.Pop(); } }" },
        { "lock and Interlocked", "class C { int n; object g = new object(); int M() { lock (g) { return System.Threading.Interlocked.Increment(ref n); } } }" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Compile_FeatureNanoFrameworkLacks_IsRejected(string feature, string source)
    {
        IReadOnlyList<Diagnostic> errors = NanoSurfaceCompiler.Errors(source);

        Assert.True(errors.Count > 0, $"{feature} compiled against the nano surface but nanoFramework 1.17 lacks it");
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Compile_FeatureNanoFrameworkHas_Compiles(string feature, string source)
    {
        IReadOnlyList<Diagnostic> errors = NanoSurfaceCompiler.Errors(source);

        Assert.True(errors.Count == 0, $"{feature}: {string.Join("; ", errors)}");
    }

    [Fact]
    public void CoreSources_DeclareNoGenericTypesOrMethods()
    {
        // The surface has no generic library types, but the compiler would still accept a generic type
        // declared in Core itself; nanoFramework 1.17's runtime cannot load one, so Core declares none.
        var offenders = CoreSources()
            .SelectMany(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot().DescendantNodes()
                .Where(n => n is TypeParameterListSyntax || n is YieldStatementSyntax)
                .Select(n => $"{Path.GetRelativePath(RepoPaths.Root, path)}:{n.GetLocation().GetLineSpan().StartLinePosition.Line + 1}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void CoreProject_ReferencesNoPackageOrProject()
    {
        string project = File.ReadAllText(RepoPaths.Combine("shared", "Generals.Core", "Generals.Core.csproj"));

        Assert.DoesNotContain("PackageReference", project, StringComparison.Ordinal);
        Assert.DoesNotContain("ProjectReference", project, StringComparison.Ordinal);
    }

    [Fact]
    public void NanoGateProject_CompilesEveryCoreSourceAgainstTheSurface()
    {
        string gate = File.ReadAllText(RepoPaths.Combine("firmware", "NanoGate", "NanoGate.csproj"));

        Assert.Contains("<NoStdLib>true</NoStdLib>", gate, StringComparison.Ordinal);
        Assert.Contains("../../shared/Generals.Core/**/*.cs", gate, StringComparison.Ordinal);
        Assert.Contains("NanoSurface.csproj", gate, StringComparison.Ordinal);
        Assert.True(File.Exists(RepoPaths.Combine("firmware", "NanoGate", "bin", RepoPaths.Configuration, "net10.0", "Generals.Core.NanoGate.dll")));
    }

    private static IEnumerable<string> CoreSources() =>
        Directory.EnumerateFiles(RepoPaths.Combine("shared", "Generals.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
}
