using Microsoft.CodeAnalysis;

namespace Generals.NanoGate.Analyzer;

/// <summary>The nano gate's diagnostics: language features nanoFramework 1.17 cannot run, all errors.</summary>
public static class NanoRules
{
    private const string Category = "NanoGate";

    /// <summary>A generic class, struct, interface or delegate declared in Core.</summary>
    public static readonly DiagnosticDescriptor GenericType = Error(
        "NANO001",
        "Generic type declaration",
        "nano gate: generic type '{0}' cannot be loaded by nanoFramework 1.17, which has no generics; declare a non-generic type over object or a concrete type");

    /// <summary>A generic method or local function declared in Core.</summary>
    public static readonly DiagnosticDescriptor GenericMethod = Error(
        "NANO002",
        "Generic method declaration",
        "nano gate: generic method '{0}' cannot run on nanoFramework 1.17, which has no generics; write one method per concrete type");

    /// <summary>An iterator: the compiler turns it into a generic state machine over IEnumerable&lt;T&gt; machinery.</summary>
    public static readonly DiagnosticDescriptor Iterator = Error(
        "NANO003",
        "Iterator (yield)",
        "nano gate: 'yield' makes '{0}' an iterator, which nanoFramework 1.17 cannot run; fill an array or ArrayList instead");

    /// <summary>The dynamic type: needs the DLR binder, which nanoFramework does not have.</summary>
    public static readonly DiagnosticDescriptor Dynamic = Error(
        "NANO004",
        "dynamic",
        "nano gate: 'dynamic' needs the runtime binder, which nanoFramework 1.17 does not have; use a declared type");

    /// <summary>A record class or record struct: compiled to generic IEquatable&lt;T&gt; and an EqualityContract over Type.</summary>
    public static readonly DiagnosticDescriptor Record = Error(
        "NANO005",
        "Record",
        "nano gate: record '{0}' compiles to generic equality members nanoFramework 1.17 cannot load; write a sealed class with readonly fields");

    /// <summary>An init accessor, excluded by project rule (Core keeps to constructor-set readonly state).</summary>
    public static readonly DiagnosticDescriptor InitAccessor = Error(
        "NANO006",
        "init accessor",
        "nano gate: 'init' accessor on '{0}' is not allowed in Core (nanoFramework 1.x); set the value in the constructor and expose a get-only property");

    /// <summary>stackalloc: needs Span&lt;T&gt; or pointers, neither of which Core may use.</summary>
    public static readonly DiagnosticDescriptor StackAlloc = Error(
        "NANO007",
        "stackalloc",
        "nano gate: 'stackalloc' cannot run on nanoFramework 1.17; allocate a byte[] up front and reuse it");

    /// <summary>Unsafe code: nanoFramework's interpreter does not verify or run pointer code from Core.</summary>
    public static readonly DiagnosticDescriptor Unsafe = Error(
        "NANO008",
        "unsafe code",
        "nano gate: 'unsafe' code cannot run on nanoFramework 1.17; use arrays and indices");

    /// <summary>An anonymous type: the compiler emits it as a generic class.</summary>
    public static readonly DiagnosticDescriptor AnonymousType = Error(
        "NANO009",
        "Anonymous type",
        "nano gate: an anonymous type compiles to a generic class, which nanoFramework 1.17 cannot load; declare a small class");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "Core (shared/Generals.Core) must run on nanoFramework 1.17; see firmware/NanoSurface/README.md.");
}
