using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Generals.NanoGate.Analyzer;
using Generals.NanoGate.Check;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Generals.Core.Tests.Portability;

/// <summary>Proves the nano gate bites: what nanoFramework 1.17 lacks is rejected under a rule's name, what it has compiles.</summary>
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
        { "Action<int> (declared by mscorlib 1.17.11, not runnable)", "class C { System.Action<int> a; }" },
        { "int[,]", "class C { int[,] g = new int[2, 3]; }" },
        { "file-scoped namespace (C# 10)", "namespace N; class C { }" },
    };

    /// <summary>One probe per rule that only the gate (not the plain compiler against .NET) rejects, with the rule it must name.</summary>
    public static TheoryData<string, string> RuleProbes => new()
    {
        { NanoRuleNames.Generics, "class C { object M() { return new System.Collections.Generic.List<int>(); } }" },
        { NanoRuleNames.Generics, "class C { System.Action<int> a; }" },
        { NanoRuleNames.Nullable, "class C { int? x; }" },
        { NanoRuleNames.MultiDimensionalArrays, "class C { object M() { return new int[2, 3]; } }" },
        { NanoRuleNames.MethodsPerType, ManyMethods("static void M{0}() {{ }}", 256) },
        { NanoRuleNames.MethodsPerType, ManyMethods("void M{0}() {{ }}", 256) },
        { NanoRuleNames.MethodsPerType, ManyMethods("public virtual void M{0}() {{ }}", 256) },
        { NanoRuleNames.LanguageVersion, "namespace N; class C { }" },
        { NanoRuleNames.LanguageVersion, "class C { string M() { return \"\"\"raw\"\"\"; } }" },
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
        IReadOnlyList<GateViolation> errors = NanoSurfaceCompiler.Errors(source);

        Assert.True(errors.Count > 0, $"{feature} passed the nano gate but nanoFramework 1.17 lacks it");
        Assert.All(errors, e => Assert.StartsWith("nano gate: ", e.Text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Compile_FeatureNanoFrameworkHas_Compiles(string feature, string source)
    {
        IReadOnlyList<GateViolation> errors = NanoSurfaceCompiler.Errors(source);

        Assert.True(errors.Count == 0, $"{feature}: {string.Join("; ", errors)}");
    }

    [Theory]
    [MemberData(nameof(RuleProbes))]
    public void Check_ProbeBreakingRule_FailsNamingTheRule(string rule, string source)
    {
        GateResult result = NanoSurfaceCompiler.Check(source);

        GateViolation hit = Assert.Single(result.Violations, v => v.Rule == rule);
        Assert.Contains($"error {hit.Id}: nano gate: {rule}: ", hit.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("static void M{0}() {{ }}", 255)]
    [InlineData("void M{0}() {{ }}", 254)] // plus the default constructor: 255 instance methods
    [InlineData("public virtual void M{0}() {{ }}", 255)]
    public void Check_255MethodsOfOneKind_Passes(string method, int declared)
    {
        GateResult result = NanoSurfaceCompiler.Check(ManyMethods(method, declared));

        Assert.True(result.Passed, string.Join("; ", result.Violations));
    }

    [Fact]
    public void Check_CSharp10Feature_PassesOnlyWithANewerLanguageVersion()
    {
        const string source = "namespace N; class C { }";

        GateResult gate = NanoSurfaceCompiler.Check(source);
        GateResult latest = NanoSurfaceCompiler.Check(NanoSurfaceCompiler.With(languageVersion: "latest"), source);

        Assert.Contains(gate.Violations, v => v.Rule == NanoRuleNames.LanguageVersion);
        Assert.True(latest.Passed, string.Join("; ", latest.Violations));
    }

    [Fact]
    public void Check_IlOverBudget_FailsWithIlBudget()
    {
        GateInputs smallBudget = NanoSurfaceCompiler.With(budgetBytes: 64);
        const string source = "class C { int M(int a) { int s = 0; for (int i = 0; i < a; i++) { s += i * a + (s ^ i) - (a >> 1) + (i << 2); s ^= a; s -= i; s += a * a; } return s; } }";

        GateResult result = NanoSurfaceCompiler.Check(smallBudget, source);

        Assert.NotNull(result.Measure);
        Assert.True(result.Measure.IlBytes > 64);
        GateViolation hit = Assert.Single(result.Violations, v => v.Rule == NanoRuleNames.IlBudget);
        Assert.StartsWith($"nano gate: {NanoRuleNames.IlBudget}: ", hit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StringsOverBudget_FailsWithStringBudget()
    {
        GateInputs smallBudget = NanoSurfaceCompiler.With(budgetBytes: 64);
        string source = "class C { string M() { return \"" + new string('x', 100) + "\"; } }";

        GateResult result = NanoSurfaceCompiler.Check(smallBudget, source);

        Assert.NotNull(result.Measure);
        Assert.True(result.Measure.UserStringBytes > 200);
        Assert.Single(result.Violations, v => v.Rule == NanoRuleNames.StringBudget);
    }

    [Fact]
    public void Check_TypeFromAPackageNotReferenced_FailsWithSurface()
    {
        // Core references System.Collections, System.Text and System.Math; System.Net is the firmware's.
        const string source = "class C { object M() { return System.Net.Dns.GetHostEntry(\"broker\"); } }";
        List<string> withNet = [.. NanoSurfaceCompiler.Core.References, SurfacePath("nanoFramework.System.Net")];

        GateResult core = NanoSurfaceCompiler.Check(source);
        GateResult firmware = NanoSurfaceCompiler.Check(NanoSurfaceCompiler.With(references: withNet), source);

        Assert.Contains(core.Violations, v => v.Rule == NanoRuleNames.Surface);
        Assert.True(firmware.Passed, string.Join("; ", firmware.Violations));
    }

    [Fact]
    public void Check_MathWithoutTheMathPackage_FailsWithSurface()
    {
        // The real mscorlib 1.17.11 has no System.Math: it lives in package nanoFramework.System.Math.
        const string source = "class C { int M(int a, int b) { return System.Math.Max(a, b); } }";
        List<string> withoutMath = NanoSurfaceCompiler.Core.References.Where(r => !r.EndsWith("nanoFramework.System.Math.dll", StringComparison.Ordinal)).ToList();

        GateResult result = NanoSurfaceCompiler.Check(NanoSurfaceCompiler.With(references: withoutMath), source);

        Assert.Contains(result.Violations, v => v.Rule == NanoRuleNames.Surface);
        Assert.True(NanoSurfaceCompiler.Check(source).Passed);
    }

    [Fact]
    public void RealMscorlib_AttributeTargetsAll_Is16383()
    {
        // 1.x has no AttributeTargets.GenericParameter, so All is 0x3FFF, not .NET's 0x7FFF.
        CSharpCompilation compilation = NanoSurfaceCompiler.Compilation("class C { public const int All = (int)System.AttributeTargets.All; }");

        var all = (IFieldSymbol)compilation.GetTypeByMetadataName("C")!.GetMembers("All").Single();

        Assert.Equal(16383, all.ConstantValue);
        Assert.Empty(compilation.GetTypeByMetadataName("System.AttributeTargets")!.GetMembers("GenericParameter"));
    }

    [Fact]
    public void TextSurface_EncodingGetBytesAndGetChars_AreVirtualNotAbstract()
    {
        // A subclass overriding none of them compiles only if they are virtual (abstract would be CS0534).
        const string source = "class E : System.Text.Encoding { }";

        GateResult result = NanoSurfaceCompiler.Check(source);

        Assert.True(result.Passed, string.Join("; ", result.Violations));
    }

    [Fact]
    public void CoreSources_PassTheGateWithinBudget()
    {
        GateResult result = NanoGateCompiler.CompileFiles(NanoSurfaceCompiler.Core);

        Assert.True(result.Passed, string.Join(Environment.NewLine, result.Violations));
        Assert.NotNull(result.Measure);
        Assert.InRange(result.Measure.IlBytes, 1, GateInputs.DefaultBudgetBytes);
        Assert.InRange(result.Measure.UserStringBytes, 1, GateInputs.DefaultBudgetBytes);
    }

    [Fact]
    public void CoreSources_DeclareNoGenericTypesOrMethods()
    {
        // The real mscorlib lacks most generic library types, but the compiler would still accept a generic type
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
    public void NanoGateBuild_GatedEveryCoreSourceOnceAgainstTheRealMscorlibInCSharp9()
    {
        // Core goes on the board as two assemblies (firmware/README.md, "The board image"): its base and its modules.
        GateInputs[] inputs = [NanoSurfaceCompiler.Core, GateInputs.Read(GatedPath("Generals.Modules.inputs"))];
        string[] gatedSources = [.. inputs.SelectMany(i => i.Sources).Select(Path.GetFullPath).Order(StringComparer.Ordinal)];

        Assert.All(inputs, i => Assert.Equal("9.0", i.LanguageVersion));
        Assert.All(inputs, i => Assert.EndsWith(Path.Combine("nanoframework.corelibrary", "1.17.11", "lib", "mscorlib.dll"), i.References[0], StringComparison.OrdinalIgnoreCase));
        Assert.Equal(CoreSources().Select(Path.GetFullPath).Order(StringComparer.Ordinal), gatedSources);
        Assert.Equal(new Version(1, 17, 11, 0), MscorlibVersionReferencedBy(GatedPath("Generals.Core.dll")));
        Assert.Equal(new Version(1, 17, 11, 0), MscorlibVersionReferencedBy(GatedPath("Generals.Modules.dll")));
    }

    private static string GatedPath(string file) =>
        RepoPaths.Combine("firmware", "NanoGate", "bin", RepoPaths.Configuration, "net10.0", "nano", file);

    private static string ManyMethods(string methodFormat, int count) =>
        "public class Crowded { " + string.Concat(Enumerable.Range(0, count).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, methodFormat, i) + " ")) + "}";

    private static string SurfacePath(string package) =>
        RepoPaths.Combine("firmware", "NanoSurface", package, "bin", RepoPaths.Configuration, "net10.0", package + ".dll");

    private static Version MscorlibVersionReferencedBy(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        MetadataReader metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(metadata.GetAssemblyReference)
            .Single(r => metadata.GetString(r.Name) == "mscorlib")
            .Version;
    }

    private static IEnumerable<string> CoreSources() =>
        Directory.EnumerateFiles(RepoPaths.Combine("shared", "Generals.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
}
