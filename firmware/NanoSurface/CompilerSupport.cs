// Types the C# compiler needs to emit ordinary code, from package nanoFramework.CoreLibrary (repository
// nanoframework/CoreLibrary). Deliberately absent: IsVolatile (so `volatile` fields do not compile; use
// Interlocked or lock) and CompilerGeneratedAttribute (neither is in the 1.x mscorlib project's compile list).
namespace System.Runtime.CompilerServices
{
    // nanoFramework.CoreLibrary/System/Runtime/CompilerServices/RuntimeHelpers.cs
    public static class RuntimeHelpers
    {
        public static void InitializeArray(Array array, RuntimeFieldHandle fldHandle) { }
        public static object GetObjectValue(object obj) => null;
        public static void RunClassConstructor(RuntimeTypeHandle type) { }
        public static int OffsetToStringData => 0;
    }

    // nanoFramework.CoreLibrary/System/Runtime/CompilerServices/ExtensionAttribute.cs
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method)]
    public sealed class ExtensionAttribute : Attribute { }

    // nanoFramework.CoreLibrary/System/Runtime/CompilerServices/IndexerNameAttribute.cs
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class IndexerNameAttribute : Attribute
    {
        public IndexerNameAttribute(string indexerName) { }
    }

    // nanoFramework.CoreLibrary/System/Runtime/CompilerServices/InternalsVisibleToAttribute.cs
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class InternalsVisibleToAttribute : Attribute
    {
        public InternalsVisibleToAttribute(string assemblyName) { }
        public string AssemblyName => null;
    }

    // nanoFramework.CoreLibrary/System/Runtime/CompilerServices/MethodImplAttribute.cs (declares MethodImplOptions
    // too in the 1.x line; the values are those of System.Reflection.MethodImplAttributes)
    public enum MethodImplOptions
    {
        Unmanaged = 0x0004,
        ForwardRef = 0x0010,
        PreserveSig = 0x0080,
        InternalCall = 0x1000,
        Synchronized = 0x0020,
        NoInlining = 0x0008,
    }

    // nanoFramework.CoreLibrary/System/Runtime/CompilerServices/MethodImplAttribute.cs
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false)]
    public sealed class MethodImplAttribute : Attribute
    {
        public MethodImplAttribute(MethodImplOptions methodImplOptions) { }
        public MethodImplAttribute(short value) { }
        public MethodImplAttribute() { }
        public MethodImplOptions Value => default;
    }

    // nanoFramework.CoreLibrary/System/Runtime/CompilerServices/AccessedThroughPropertyAttribute.cs
    [AttributeUsage(AttributeTargets.Field)]
    public sealed class AccessedThroughPropertyAttribute : Attribute
    {
        public AccessedThroughPropertyAttribute(string propertyName) { }
    }
}

namespace System.Reflection
{
    // nanoFramework.CoreLibrary/System/Reflection/DefaultMemberAttribute.cs. Reflection build only, but the
    // compiler stamps it on every type that declares an indexer, and nanoFramework.CoreLibrary (the package a
    // firmware references by default) is the reflection build.
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface)]
    public sealed class DefaultMemberAttribute : Attribute
    {
        public DefaultMemberAttribute(string memberName) { }
        public string MemberName => null;
    }

    // nanoFramework.CoreLibrary/System/Reflection/AssemblyReflectionAttributes.cs
    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class AssemblyTitleAttribute : Attribute
    {
        public AssemblyTitleAttribute(string title) { }
    }

    // nanoFramework.CoreLibrary/System/Reflection/AssemblyAttributes.cs
    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class AssemblyVersionAttribute : Attribute
    {
        public AssemblyVersionAttribute(string version) { }
    }
}

namespace System.Diagnostics
{
    // nanoFramework.CoreLibrary/System/Diagnostics/Debug.cs
    public static class Debug
    {
        [Conditional("DEBUG")]
        public static void Assert(bool condition) { }

        [Conditional("DEBUG")]
        public static void Assert(bool condition, string message) { }

        [Conditional("DEBUG")]
        public static void Write(string message) { }

        [Conditional("DEBUG")]
        public static void WriteLine(string message) { }
    }

    // nanoFramework.CoreLibrary/System/Diagnostics/ConditionalAttribute.cs
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true)]
    public sealed class ConditionalAttribute : Attribute
    {
        public ConditionalAttribute(string conditionString) { }
    }

    // nanoFramework.CoreLibrary/System/Diagnostics/DebuggerAttributes.cs
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Module)]
    public sealed class DebuggableAttribute : Attribute
    {
        [Flags]
        public enum DebuggingModes
        {
            None = 0x0,
            Default = 0x1,
            DisableOptimizations = 0x100,
            IgnoreSymbolStoreSequencePoints = 0x2,
            EnableEditAndContinue = 0x4,
        }

        public DebuggableAttribute(bool isJITTrackingEnabled, bool isJITOptimizerDisabled) { }
        public DebuggableAttribute(DebuggingModes modes) { }
    }

    // nanoFramework.CoreLibrary/System/Diagnostics/DebuggerAttributes.cs
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false)]
    public sealed class DebuggerStepThroughAttribute : Attribute { }

    // nanoFramework.CoreLibrary/System/Diagnostics/DebuggerAttributes.cs
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor, Inherited = false)]
    public sealed class DebuggerHiddenAttribute : Attribute { }

    // nanoFramework.CoreLibrary/System/Diagnostics/DebuggerAttributes.cs
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor | AttributeTargets.Struct, Inherited = false)]
    public sealed class DebuggerNonUserCodeAttribute : Attribute { }

    // nanoFramework.CoreLibrary/System/Diagnostics/DebuggerAttributes.cs
    public enum DebuggerBrowsableState
    {
        Never = 0,
        Collapsed = 2,
        RootHidden = 3,
    }

    // nanoFramework.CoreLibrary/System/Diagnostics/DebuggerAttributes.cs
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
    public sealed class DebuggerBrowsableAttribute : Attribute
    {
        public DebuggerBrowsableAttribute(DebuggerBrowsableState state) { }
        public DebuggerBrowsableState State => default;
    }
}

namespace System.ComponentModel
{
    // nanoFramework.CoreLibrary/System/ComponentModel/EditorBrowsableAttribute.cs
    public enum EditorBrowsableState
    {
        Always,
        Never,
        Advanced,
    }

    // nanoFramework.CoreLibrary/System/ComponentModel/EditorBrowsableAttribute.cs
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Event | AttributeTargets.Interface | AttributeTargets.Delegate)]
    public sealed class EditorBrowsableAttribute : Attribute
    {
        public EditorBrowsableAttribute() { }
        public EditorBrowsableAttribute(EditorBrowsableState state) { }
        public EditorBrowsableState State => default;
    }
}
