using System.Reflection;
using System.Runtime.Loader;
using Generals.Core.Detection;
using Generals.Core.Links;
using Generals.Core.Node;
using Generals.Core.Protocols;

namespace Generals.Harness.Exercises;

/// <summary>
/// A student's built exercise assembly, loaded in its own load context beside the kit: Generals.Core is the kit's (so the
/// seams are the same types), anything else comes from the assembly's folder. It finds the class a lab grades.
/// </summary>
public sealed class ExerciseAssembly
{
    private readonly Assembly _assembly;

    private ExerciseAssembly(string path, Assembly assembly)
    {
        Path = path;
        _assembly = assembly;
    }

    /// <summary>The assembly file.</summary>
    public string Path { get; }

    /// <summary>Loads <paramref name="path"/>; an assembly that does not load is an <see cref="ExerciseException"/>.</summary>
    public static ExerciseAssembly Load(string path)
    {
        string full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new ExerciseException($"{full}: no such assembly");
        }

        try
        {
            return new ExerciseAssembly(full, new ExerciseLoadContext(full).LoadFromAssemblyPath(full));
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException)
        {
            throw new ExerciseException($"{full}: not a .NET assembly that loads ({e.Message})");
        }
    }

    /// <summary>The seam a lab's class implements.</summary>
    public static Type SeamOf(ExerciseLab lab) => lab switch
    {
        ExerciseLab.ReliableLink => typeof(IReliableLink),
        ExerciseLab.HeartbeatDetector => typeof(IFailureDetector),
        ExerciseLab.OralMessages => typeof(IOralRule),
        _ => typeof(ISignedRule),
    };

    /// <summary>The student's class for <paramref name="lab"/> as a source to grade; none, several, or no usable constructor is an <see cref="ExerciseException"/>.</summary>
    public ExerciseSource SourceFor(ExerciseLab lab)
    {
        Type seam = SeamOf(lab);
        Type[] types;
        try
        {
            types = _assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = [.. e.Types.OfType<Type>()];
        }

        Type[] found = [.. types.Where(t => t.IsPublic && t.IsClass && !t.IsAbstract && seam.IsAssignableFrom(t))];
        if (found.Length != 1)
        {
            throw new ExerciseException(found.Length == 0
                ? $"{Path}: no public class implements {seam.FullName} (lab {(int)lab}, {lab.Name()})"
                : $"{Path}: several classes implement {seam.FullName} ({string.Join(", ", found.Select(t => t.FullName))}): keep one");
        }

        return ExerciseSource.Of(found[0], lab, ["--exercise", Path, "--lab", ((int)lab).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
    }

    private sealed class ExerciseLoadContext(string path) : AssemblyLoadContext("exercise " + System.IO.Path.GetFileName(path))
    {
        private readonly string _folder = System.IO.Path.GetDirectoryName(path)!;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // The kit's Core, never a copy: a copy's IReliableLink would be another type than the one the General takes.
            if (assemblyName.Name == typeof(General).Assembly.GetName().Name)
            {
                return null;
            }

            string candidate = System.IO.Path.Combine(_folder, assemblyName.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}
