namespace Generals.NanoGate.Analyzer;

/// <summary>The names of the nano gate's rules, as printed after "nano gate:" when one is broken.</summary>
public static class NanoRuleNames
{
    /// <summary>No generic type or method, declared or used.</summary>
    public const string Generics = "no-generics";

    /// <summary>No Nullable&lt;T&gt; (int?).</summary>
    public const string Nullable = "no-nullable";

    /// <summary>No multi-dimensional arrays (the metadata processor refuses them).</summary>
    public const string MultiDimensionalArrays = "no-multidim-arrays";

    /// <summary>At most 255 static, 255 instance and 255 virtual methods per type (the processor's byte-sized counts).</summary>
    public const string MethodsPerType = "methods-per-type";

    /// <summary>Only the C# version nanoFramework's project system compiles with.</summary>
    public const string LanguageVersion = "language-version";

    /// <summary>The assembly's IL stays under the budget (the processor caps bytecode at 64 KiB).</summary>
    public const string IlBudget = "il-budget";

    /// <summary>The assembly's user strings stay under the budget (the processor caps strings at 64 KiB).</summary>
    public const string StringBudget = "string-budget";

    /// <summary>Only what nanoFramework 1.17.11's mscorlib and the referenced packages' surfaces declare.</summary>
    public const string Surface = "nano-surface";

    /// <summary>No iterators (yield).</summary>
    public const string Iterators = "no-iterators";

    /// <summary>No dynamic.</summary>
    public const string Dynamic = "no-dynamic";

    /// <summary>No records.</summary>
    public const string Records = "no-records";

    /// <summary>No init accessors.</summary>
    public const string Init = "no-init";

    /// <summary>No stackalloc.</summary>
    public const string StackAlloc = "no-stackalloc";

    /// <summary>No unsafe code.</summary>
    public const string Unsafe = "no-unsafe";

    /// <summary>No anonymous types.</summary>
    public const string AnonymousTypes = "no-anonymous-types";

    /// <summary>No tuples.</summary>
    public const string Tuples = "no-tuples";

    /// <summary>No LINQ.</summary>
    public const string Linq = "no-linq";

    /// <summary>No async/await.</summary>
    public const string Async = "no-async";

    /// <summary>No reflection.</summary>
    public const string Reflection = "no-reflection";
}
