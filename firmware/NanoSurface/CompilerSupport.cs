// Types the C# compiler needs to emit ordinary code (attributes on members, array initialisers, indexers).
namespace System.Runtime.CompilerServices
{
    // nanoFramework.CoreLibrary/System/Runtime/CompilerServices/RuntimeHelpers.cs
    public static class RuntimeHelpers
    {
        public static void InitializeArray(Array array, RuntimeFieldHandle fldHandle) { }
        public static object GetObjectValue(object obj) => null;
        public static int OffsetToStringData => 0;
    }

    // nanoFramework.CoreLibrary/System/Runtime/CompilerServices/IsVolatile.cs
    public static class IsVolatile { }

    // nanoFramework.CoreLibrary/System/Runtime/CompilerServices/ExtensionAttribute.cs
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly)]
    public sealed class ExtensionAttribute : Attribute { }

    // nanoFramework.CoreLibrary/System/Runtime/CompilerServices/IndexerNameAttribute.cs
    [AttributeUsage(AttributeTargets.Property, Inherited = true)]
    public sealed class IndexerNameAttribute : Attribute
    {
        public IndexerNameAttribute(string indexerName) { }
    }

    // nanoFramework.CoreLibrary/System/Runtime/CompilerServices/InternalsVisibleToAttribute.cs
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class InternalsVisibleToAttribute : Attribute
    {
        public InternalsVisibleToAttribute(string assemblyName) { }
    }

    // nanoFramework.CoreLibrary/System/Runtime/CompilerServices/MethodImplAttribute.cs
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false)]
    public sealed class MethodImplAttribute : Attribute
    {
        public MethodImplAttribute(MethodImplOptions methodImplOptions) { }
    }

    // nanoFramework.CoreLibrary/System/Runtime/CompilerServices/MethodImplOptions.cs
    [Flags]
    public enum MethodImplOptions
    {
        NoInlining = 0x0008,
        Synchronized = 0x0020,
        InternalCall = 0x1000,
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
    // nanoFramework.CoreLibrary/System/Reflection/DefaultMemberAttribute.cs
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface)]
    public sealed class DefaultMemberAttribute : Attribute
    {
        public DefaultMemberAttribute(string memberName) { }
        public string MemberName => null;
    }

    // nanoFramework.CoreLibrary/System/Reflection/AssemblyAttributes.cs
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyTitleAttribute : Attribute
    {
        public AssemblyTitleAttribute(string title) { }
    }

    // nanoFramework.CoreLibrary/System/Reflection/AssemblyAttributes.cs
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
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
        public static void WriteLine(string message) { }

        [Conditional("DEBUG")]
        public static void Assert(bool condition, string message) { }
    }

    // nanoFramework.CoreLibrary/System/Diagnostics/ConditionalAttribute.cs
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true)]
    public sealed class ConditionalAttribute : Attribute
    {
        public ConditionalAttribute(string conditionString) { }
    }

    // nanoFramework.CoreLibrary/System/Diagnostics/DebuggerAttributes.cs
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Module, AllowMultiple = false)]
    public sealed class DebuggableAttribute : Attribute
    {
        [Flags]
        public enum DebuggingModes
        {
            None = 0,
            Default = 1,
            DisableOptimizations = 256,
            IgnoreSymbolStoreSequencePoints = 2,
            EnableEditAndContinue = 4,
        }

        public DebuggableAttribute(DebuggingModes modes) { }
    }

    // nanoFramework.CoreLibrary/System/Diagnostics/DebuggerAttributes.cs
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Property, Inherited = false)]
    public sealed class DebuggerStepThroughAttribute : Attribute { }

    // nanoFramework.CoreLibrary/System/Diagnostics/DebuggerAttributes.cs
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor, Inherited = false)]
    public sealed class DebuggerHiddenAttribute : Attribute { }

    // nanoFramework.CoreLibrary/System/Diagnostics/DebuggerAttributes.cs
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false)]
    public sealed class DebuggerNonUserCodeAttribute : Attribute { }
}

namespace System.Runtime.CompilerServices
{
    // nanoFramework.CoreLibrary/System/Runtime/CompilerServices/CompilerGeneratedAttribute.cs
    [AttributeUsage(AttributeTargets.All, Inherited = true)]
    public sealed class CompilerGeneratedAttribute : Attribute { }
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
    public sealed class EditorBrowsableAttribute : Attribute
    {
        public EditorBrowsableAttribute(EditorBrowsableState state) { }
    }
}
