using Generals.Core.Node;

namespace Generals.Harness.Exercises;

/// <summary>The parts an emulated general (`generals node --exercise PATH --lab N`) runs, its faults written to its log.</summary>
public static class ExerciseNode
{
    /// <summary>How a fault of the student's class starts in a general's log (the grader quotes these lines).</summary>
    public const string FaultPrefix = "exercise fault: ";

    /// <summary>How the line saying which class a general runs starts in its log.</summary>
    public const string LoadedPrefix = "exercise: ";

    /// <summary>The parts of <paramref name="lab"/>'s class in the assembly at <paramref name="assemblyPath"/>; faults are logged once each as noted.</summary>
    public static ExerciseParts Parts(string assemblyPath, ExerciseLab lab, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        ExerciseSource source = ExerciseAssembly.Load(assemblyPath).SourceFor(lab);
        log.WriteLine($"{LoadedPrefix}{source.Name} replaces the kit's {ExerciseAssembly.SeamOf(lab).Name} (lab {(int)lab}, {lab.Name()})");
        return source.Make(new ExerciseFaults(line => log.WriteLine(FaultPrefix + line)));
    }
}
