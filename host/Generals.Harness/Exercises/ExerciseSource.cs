using System.Reflection;
using Generals.Core.Node;

namespace Generals.Harness.Exercises;

/// <summary>
/// What is graded: a name, the parts one general runs (made afresh per general, guarded, their faults noted), and the
/// arguments that make an emulated general (`generals node`) load the same parts.
/// </summary>
public sealed record ExerciseSource(string Name, Func<ExerciseFaults, ExerciseParts> Make, IReadOnlyList<string> NodeArguments)
{
    /// <summary>The kit's own implementation of every part: the reference solution of every lab.</summary>
    public static ExerciseSource Reference { get; } = new("the kit's own (reference solution)", _ => new ExerciseParts(), []);

    /// <summary>
    /// <paramref name="type"/> (a class implementing the lab's seam, <see cref="ExerciseAssembly.SeamOf"/>) as the lab's part,
    /// behind guards; <paramref name="nodeArguments"/> make an emulated general load it (empty: it cannot be emulated).
    /// </summary>
    public static ExerciseSource Of(Type type, ExerciseLab lab, IReadOnlyList<string> nodeArguments)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!ExerciseAssembly.SeamOf(lab).IsAssignableFrom(type) || type.IsAbstract)
        {
            throw new ExerciseException($"{type.FullName} does not implement {ExerciseAssembly.SeamOf(lab).FullName} (lab {(int)lab}, {lab.Name()})");
        }

        Type[] parameters = lab == ExerciseLab.HeartbeatDetector ? [typeof(long)] : [];
        ConstructorInfo constructor = type.GetConstructor(parameters)
            ?? throw new ExerciseException($"{type.FullName} needs a public constructor ({(parameters.Length == 0 ? "no arguments" : "long timeoutMs")})");
        return new ExerciseSource($"{type.FullName} in {Path.GetFileName(type.Assembly.Location)}", faults => Parts(lab, constructor, faults), nodeArguments);
    }

    private static ExerciseParts Parts(ExerciseLab lab, ConstructorInfo constructor, ExerciseFaults faults)
    {
        if (lab == ExerciseLab.HeartbeatDetector)
        {
            return new ExerciseParts { Detectors = new ReflectedDetectorFactory(constructor, faults) };
        }

        object? made = null;
        try
        {
            made = constructor.Invoke([]);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner and not OutOfMemoryException)
        {
            faults.Threw($"{constructor.DeclaringType?.Name}()", inner);
        }

        // A class whose constructor threw is replaced by the skeleton's behaviour: nothing sent, delivered or decided.
        return lab switch
        {
            ExerciseLab.ReliableLink => new ExerciseParts { Link = new GuardedLink(made as Core.Links.IReliableLink ?? new IdleParts(), faults) },
            ExerciseLab.OralMessages => new ExerciseParts { Oral = new GuardedOralRule(made as Core.Protocols.IOralRule ?? new IdleParts(), faults) },
            _ => new ExerciseParts { Signed = new GuardedSignedRule(made as Core.Protocols.ISignedRule ?? new IdleParts(), faults) },
        };
    }
}
