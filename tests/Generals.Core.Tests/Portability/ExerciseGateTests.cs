using Generals.NanoGate.Analyzer;
using Generals.NanoGate.Check;

namespace Generals.Core.Tests.Portability;

/// <summary>The student exercises go through the nano gate as one more board assembly (exercises/README.md): what a student writes must run on a board.</summary>
public sealed class ExerciseGateTests
{
    private static GateInputs Exercises => GateInputs.Read(
        RepoPaths.Combine("firmware", "NanoGate", "bin", RepoPaths.Configuration, "net10.0", "nano", "Generals.Exercises.inputs"));

    [Fact]
    public void NanoGateBuild_GatedEveryExerciseSourceAgainstCoreAndItsModules()
    {
        string[] shipped = [.. Directory.GetFiles(RepoPaths.Combine("exercises", "Generals.Exercises"), "*.cs").Select(Path.GetFullPath).Order(StringComparer.Ordinal)];

        Assert.Equal(shipped, Exercises.Sources.Select(Path.GetFullPath).Order(StringComparer.Ordinal));
        Assert.Equal("9.0", Exercises.LanguageVersion);
        Assert.Contains(Exercises.References, r => Path.GetFileName(r) == "Generals.Core.dll");
        Assert.Contains(Exercises.References, r => Path.GetFileName(r) == "Generals.Modules.dll");
        Assert.Equal(4, shipped.Length);
    }

    [Fact]
    public void Gate_ExerciseUsingAGenericList_FailsNamingTheRule()
    {
        const string source = "using Generals.Core.Detection; namespace S { public sealed class D : IFailureDetector { "
            + "System.Collections.Generic.List<long> _arrivals = new System.Collections.Generic.List<long>(); "
            + "public long LastArrivalMs { get { return 0; } } public void Reset(long n) { } public void Heartbeat(long n) { } "
            + "public bool Suspects(long n) { return false; } public long NextCheckMs(long n) { return long.MaxValue; } } }";

        GateResult result = NanoSurfaceCompiler.Check(Exercises, source);

        Assert.Contains(result.Violations, v => v.Rule == NanoRuleNames.Generics);
    }

    [Fact]
    public void Gate_ExerciseAgainstCoresSeams_Compiles()
    {
        const string source = "using Generals.Core.Protocols; namespace S { public sealed class R : IOralRule { "
            + "public void SendRound(IOralView v, int round) { } public int Decide(IOralView v) { return ProtocolCodes.NoOrder; } } }";

        GateResult result = NanoSurfaceCompiler.Check(Exercises, source);

        Assert.Empty(result.Violations);
    }
}
