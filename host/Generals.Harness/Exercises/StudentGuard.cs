namespace Generals.Harness.Exercises;

/// <summary>
/// The one rule every guarded student class follows: a call that throws is noted as the class's fault and switches the
/// class off; from then on every call answers its fallback without calling the student's code again.
/// </summary>
internal sealed class StudentGuard(object student, ExerciseFaults faults)
{
    private bool _failed;

    /// <summary>The student's class name, as faults name it.</summary>
    public string Name { get; } = student.GetType().Name;

    /// <summary>The student's answer, or <paramref name="fallback"/> once the class has thrown (now or before).</summary>
    public T Ask<T>(string method, Func<T> call, T fallback)
    {
        if (_failed)
        {
            return fallback;
        }

        try
        {
            return call();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _failed = true;
            faults.Threw($"{Name}.{method}", e);
            return fallback;
        }
    }

    /// <summary>Calls the student's code unless the class has thrown before.</summary>
    public void Do(string method, Action call) => Ask(method, () => { call(); return true; }, false);
}
