using Microsoft.CodeAnalysis;

namespace Generals.NanoGate.Analyzer;

/// <summary>The nano gate's diagnostics: language features nanoFramework 1.17 cannot run, all errors.</summary>
/// <remarks>
/// Every message reads "nano gate: RULE: ..." with RULE one of the names in <see cref="NanoRuleNames"/>, so a failed
/// build says which rule broke whichever way it is reported (by the compiler's analyzer pass or by the gate tool).
/// </remarks>
public static class NanoRules
{
    private const string Category = "NanoGate";

    /// <summary>A generic class, struct, interface or delegate declared in Core.</summary>
    public static readonly DiagnosticDescriptor GenericType = Error(
        "NANO001", NanoRuleNames.Generics,
        "Generic type declaration",
        "generic type '{0}' cannot be loaded by nanoFramework 1.17, which has no generics; declare a non-generic type over object or a concrete type");

    /// <summary>A generic method or local function declared in Core.</summary>
    public static readonly DiagnosticDescriptor GenericMethod = Error(
        "NANO002", NanoRuleNames.Generics,
        "Generic method declaration",
        "generic method '{0}' cannot run on nanoFramework 1.17, which has no generics; write one method per concrete type");

    /// <summary>An iterator: the compiler turns it into a generic state machine over IEnumerable&lt;T&gt; machinery.</summary>
    public static readonly DiagnosticDescriptor Iterator = Error(
        "NANO003", NanoRuleNames.Iterators,
        "Iterator (yield)",
        "'yield' makes '{0}' an iterator, which nanoFramework 1.17 cannot run; fill an array or ArrayList instead");

    /// <summary>The dynamic type: needs the DLR binder, which nanoFramework does not have.</summary>
    public static readonly DiagnosticDescriptor Dynamic = Error(
        "NANO004", NanoRuleNames.Dynamic,
        "dynamic",
        "'dynamic' needs the runtime binder, which nanoFramework 1.17 does not have; use a declared type");

    /// <summary>A record class or record struct: compiled to generic IEquatable&lt;T&gt; and an EqualityContract over Type.</summary>
    public static readonly DiagnosticDescriptor Record = Error(
        "NANO005", NanoRuleNames.Records,
        "Record",
        "record '{0}' compiles to generic equality members nanoFramework 1.17 cannot load; write a sealed class with readonly fields");

    /// <summary>An init accessor, excluded by project rule (Core keeps to constructor-set readonly state).</summary>
    public static readonly DiagnosticDescriptor InitAccessor = Error(
        "NANO006", NanoRuleNames.Init,
        "init accessor",
        "'init' accessor on '{0}' is not allowed in Core (nanoFramework 1.x); set the value in the constructor and expose a get-only property");

    /// <summary>stackalloc: needs Span&lt;T&gt; or pointers, neither of which Core may use.</summary>
    public static readonly DiagnosticDescriptor StackAlloc = Error(
        "NANO007", NanoRuleNames.StackAlloc,
        "stackalloc",
        "'stackalloc' cannot run on nanoFramework 1.17; allocate a byte[] up front and reuse it");

    /// <summary>Unsafe code: nanoFramework's interpreter does not verify or run pointer code from Core.</summary>
    public static readonly DiagnosticDescriptor Unsafe = Error(
        "NANO008", NanoRuleNames.Unsafe,
        "unsafe code",
        "'unsafe' code cannot run on nanoFramework 1.17; use arrays and indices");

    /// <summary>An anonymous type: the compiler emits it as a generic class.</summary>
    public static readonly DiagnosticDescriptor AnonymousType = Error(
        "NANO009", NanoRuleNames.AnonymousTypes,
        "Anonymous type",
        "an anonymous type compiles to a generic class, which nanoFramework 1.17 cannot load; declare a small class");

    /// <summary>A multi-dimensional array: compiles, but nanoFramework's metadata processor rejects it.</summary>
    public static readonly DiagnosticDescriptor MultiDimensionalArray = Error(
        "NANO010", NanoRuleNames.MultiDimensionalArrays,
        "Multi-dimensional array",
        "multi-dimensional array '{0}' is refused by nanoFramework's metadata processor; use a jagged array (T[][]) or one array with computed indices");

    /// <summary>A generic type or method used: the real mscorlib 1.17 declares Action&lt;T&gt;, Func&lt;T&gt; and EventHandler&lt;T&gt;, which the 1.x runtime cannot run.</summary>
    public static readonly DiagnosticDescriptor GenericUse = Error(
        "NANO011", NanoRuleNames.Generics,
        "Generic type or method used",
        "'{0}' is generic; nanoFramework 1.17 has no generics (its mscorlib declares Action<T>, Func<T> and EventHandler<T>, but the 1.x runtime cannot run them); declare a non-generic delegate or type");

    /// <summary>A nullable type (int?, or an annotated reference type): needs Nullable&lt;T&gt;, which is generic.</summary>
    public static readonly DiagnosticDescriptor NullableType = Error(
        "NANO012", NanoRuleNames.Nullable,
        "Nullable type",
        "'{0}' needs System.Nullable<T>, which nanoFramework 1.17 does not have; use a sentinel value or a bool flag beside the value");

    /// <summary>A tuple type or literal: compiles to System.ValueTuple&lt;...&gt;.</summary>
    public static readonly DiagnosticDescriptor Tuple = Error(
        "NANO013", NanoRuleNames.Tuples,
        "Tuple",
        "tuple '{0}' compiles to System.ValueTuple<...>, which nanoFramework 1.17 does not have; return a small class or use out parameters");

    /// <summary>A LINQ query expression: needs System.Linq, which nanoFramework does not have.</summary>
    public static readonly DiagnosticDescriptor Query = Error(
        "NANO014", NanoRuleNames.Linq,
        "LINQ query",
        "a LINQ query needs System.Linq and generics, which nanoFramework 1.17 does not have; write the loop");

    /// <summary>async or await: needs Task and the generic async state machine builders.</summary>
    public static readonly DiagnosticDescriptor Async = Error(
        "NANO015", NanoRuleNames.Async,
        "async/await",
        "'{0}' needs System.Threading.Tasks, which nanoFramework 1.17 does not have; use a Thread, a Timer or a step the runtime calls");

    /// <summary>Reflection (typeof, GetType, System.Type, System.Reflection): absent from nanoFramework.CoreLibrary.NoReflection.</summary>
    public static readonly DiagnosticDescriptor Reflection = Error(
        "NANO016", NanoRuleNames.Reflection,
        "Reflection",
        "'{0}' is reflection, which the nanoFramework.CoreLibrary.NoReflection build lacks; Core runs on both builds, so dispatch on a declared enum or interface instead");

    private static DiagnosticDescriptor Error(string id, string rule, string title, string message) =>
        new(id, title, "nano gate: " + rule + ": " + message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "Core (shared/Generals.Core) must run on nanoFramework 1.17; see firmware/README.md.",
            customTags: rule);
}
