// The core of nanoFramework's mscorlib, as declared in nanoframework/CoreLibrary (1.x line, before generics).
// Paths are relative to that repository. Bodies are placeholders: this assembly is only ever referenced.
#pragma warning disable CS0169, CS0649, CS0414
namespace System
{
    // nanoFramework.CoreLibrary/System/Object.cs
    public class Object
    {
        public Object() { }
        public virtual bool Equals(object obj) => false;
        public static bool Equals(object objA, object objB) => false;
        public static bool ReferenceEquals(object objA, object objB) => false;
        public virtual int GetHashCode() => 0;
        public Type GetType() => null;
        public virtual string ToString() => null;
        ~Object() { }
        protected object MemberwiseClone() => null;
    }

    // nanoFramework.CoreLibrary/System/ValueType.cs
    public abstract class ValueType
    {
        public override bool Equals(object obj) => false;
        public override int GetHashCode() => 0;
        public override string ToString() => null;
    }

    // nanoFramework.CoreLibrary/System/Enum.cs
    public abstract class Enum : ValueType
    {
        public bool HasFlag(Enum flag) => false;
    }

    // nanoFramework.CoreLibrary/System/Void.cs
    public struct Void { }

    // nanoFramework.CoreLibrary/System/Boolean.cs
    public struct Boolean
    {
        private bool _value;
        public override string ToString() => null;
        public static bool Parse(string value) => false;
    }

    // nanoFramework.CoreLibrary/System/Char.cs
    public struct Char
    {
        private char _value;
        public const char MaxValue = (char)0xFFFF;
        public const char MinValue = (char)0x00;
        public override string ToString() => null;
        public char ToLower() => default;
        public char ToUpper() => default;
        public static bool IsDigit(char c) => false;
        public static bool IsLetter(char c) => false;
        public static bool IsWhiteSpace(char c) => false;
    }

    // nanoFramework.CoreLibrary/System/SByte.cs
    public struct SByte
    {
        private sbyte _value;
        public const sbyte MaxValue = 127;
        public const sbyte MinValue = -128;
        public override string ToString() => null;
    }

    // nanoFramework.CoreLibrary/System/Byte.cs
    public struct Byte
    {
        private byte _value;
        public const byte MaxValue = 255;
        public const byte MinValue = 0;
        public override string ToString() => null;
        public string ToString(string format) => null;
        public static byte Parse(string s) => 0;
        public static bool TryParse(string s, out byte result) { result = 0; return false; }
    }

    // nanoFramework.CoreLibrary/System/Int16.cs
    public struct Int16
    {
        private short _value;
        public const short MaxValue = 32767;
        public const short MinValue = -32768;
        public override string ToString() => null;
    }

    // nanoFramework.CoreLibrary/System/UInt16.cs
    public struct UInt16
    {
        private ushort _value;
        public const ushort MaxValue = 0xFFFF;
        public const ushort MinValue = 0;
        public override string ToString() => null;
        public static ushort Parse(string s) => 0;
    }

    // nanoFramework.CoreLibrary/System/Int32.cs
    public struct Int32
    {
        private int _value;
        public const int MaxValue = 0x7FFFFFFF;
        public const int MinValue = unchecked((int)0x80000000);
        public override string ToString() => null;
        public string ToString(string format) => null;
        public static int Parse(string s) => 0;
        public static bool TryParse(string s, out int result) { result = 0; return false; }
    }

    // nanoFramework.CoreLibrary/System/UInt32.cs
    public struct UInt32
    {
        private uint _value;
        public const uint MaxValue = 0xFFFFFFFF;
        public const uint MinValue = 0;
        public override string ToString() => null;
        public string ToString(string format) => null;
        public static uint Parse(string s) => 0;
        public static bool TryParse(string s, out uint result) { result = 0; return false; }
    }

    // nanoFramework.CoreLibrary/System/Int64.cs
    public struct Int64
    {
        private long _value;
        public const long MaxValue = 0x7FFFFFFFFFFFFFFF;
        public const long MinValue = unchecked((long)0x8000000000000000);
        public override string ToString() => null;
        public string ToString(string format) => null;
        public static long Parse(string s) => 0;
        public static bool TryParse(string s, out long result) { result = 0; return false; }
    }

    // nanoFramework.CoreLibrary/System/UInt64.cs
    public struct UInt64
    {
        private ulong _value;
        public const ulong MaxValue = 0xFFFFFFFFFFFFFFFF;
        public const ulong MinValue = 0;
        public override string ToString() => null;
        public string ToString(string format) => null;
        public static ulong Parse(string s) => 0;
        public static bool TryParse(string s, out ulong result) { result = 0; return false; }
    }

    // nanoFramework.CoreLibrary/System/Single.cs
    public struct Single
    {
        private float _value;
        public const float MaxValue = 3.40282347E+38f;
        public const float MinValue = -3.40282347E+38f;
        public const float Epsilon = 1.401298E-45f;
        public override string ToString() => null;
        public string ToString(string format) => null;
    }

    // nanoFramework.CoreLibrary/System/Double.cs
    public struct Double
    {
        private double _value;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double MinValue = -1.7976931348623157E+308;
        public const double Epsilon = 4.9406564584124654E-324;
        public const double PositiveInfinity = 1.0 / 0.0;
        public const double NegativeInfinity = -1.0 / 0.0;
        public const double NaN = 0.0 / 0.0;
        public override string ToString() => null;
        public string ToString(string format) => null;
        public static bool IsNaN(double d) => false;
        public static bool IsInfinity(double d) => false;
        public static bool IsPositiveInfinity(double d) => false;
        public static bool IsNegativeInfinity(double d) => false;
        public static double Parse(string s) => 0;
        public static bool TryParse(string s, out double result) { result = 0; return false; }
    }

    // nanoFramework.CoreLibrary/System/IntPtr.cs
    public struct IntPtr
    {
        private int _value;
    }

    // nanoFramework.CoreLibrary/System/UIntPtr.cs
    public struct UIntPtr
    {
        private uint _value;
    }

    // nanoFramework.CoreLibrary/System/String.cs
    public sealed class String : System.Collections.IEnumerable
    {
        public static readonly string Empty = "";
        public String(char[] value) { }
        public String(char[] value, int startIndex, int length) { }
        public String(char c, int count) { }
        public int Length => 0;
        [System.Runtime.CompilerServices.IndexerName("Chars")]
        public char this[int index] => default;
        public static bool operator ==(string a, string b) => false;
        public static bool operator !=(string a, string b) => false;
        public override bool Equals(object obj) => false;
        public static bool Equals(string a, string b) => false;
        public override int GetHashCode() => 0;
        public override string ToString() => null;
        public char[] ToCharArray() => null;
        public char[] ToCharArray(int startIndex, int length) => null;
        public string[] Split(params char[] separator) => null;
        public string[] Split(char[] separator, int count) => null;
        public string Substring(int startIndex) => null;
        public string Substring(int startIndex, int length) => null;
        public string Trim() => null;
        public string Trim(params char[] trimChars) => null;
        public string TrimStart(params char[] trimChars) => null;
        public string TrimEnd(params char[] trimChars) => null;
        public int CompareTo(object value) => 0;
        public int CompareTo(string strB) => 0;
        public static int Compare(string strA, string strB) => 0;
        public int IndexOf(char value) => 0;
        public int IndexOf(char value, int startIndex) => 0;
        public int IndexOf(string value) => 0;
        public int IndexOf(string value, int startIndex) => 0;
        public int IndexOfAny(char[] anyOf) => 0;
        public int LastIndexOf(char value) => 0;
        public int LastIndexOf(string value) => 0;
        public bool StartsWith(string value) => false;
        public bool EndsWith(string value) => false;
        public bool Contains(string value) => false;
        public string ToLower() => null;
        public string ToUpper() => null;
        public string PadLeft(int totalWidth, char paddingChar) => null;
        public string PadRight(int totalWidth, char paddingChar) => null;
        public static string Concat(object arg0) => null;
        public static string Concat(object arg0, object arg1) => null;
        public static string Concat(object arg0, object arg1, object arg2) => null;
        public static string Concat(params object[] args) => null;
        public static string Concat(string str0, string str1) => null;
        public static string Concat(string str0, string str1, string str2) => null;
        public static string Concat(string str0, string str1, string str2, string str3) => null;
        public static string Concat(params string[] values) => null;
        public static string Format(string format, params object[] args) => null;
        public static bool IsNullOrEmpty(string value) => false;
        public static string Intern(string str) => null;
        public System.Collections.IEnumerator GetEnumerator() => null;
    }

    // nanoFramework.CoreLibrary/System/Array.cs
    public abstract class Array : System.Collections.IList, ICloneable
    {
        public int Length => 0;
        public static Array CreateInstance(Type elementType, int length) => null;
        public static void Copy(Array sourceArray, Array destinationArray, int length) { }
        public static void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length) { }
        public static void Clear(Array array, int index, int length) { }
        public static int IndexOf(Array array, object value) => 0;
        public object GetValue(int index) => null;
        public void SetValue(object value, int index) { }
        public object Clone() => null;
        public void CopyTo(Array array, int index) { }
        public System.Collections.IEnumerator GetEnumerator() => null;
        public int Count => 0;
        public bool IsSynchronized => false;
        public object SyncRoot => null;
        public bool IsFixedSize => true;
        public bool IsReadOnly => false;
        public object this[int index] { get => null; set { } }
        public int Add(object value) => 0;
        public bool Contains(object value) => false;
        public void Clear() { }
        public int IndexOf(object value) => 0;
        public void Insert(int index, object value) { }
        public void Remove(object value) { }
        public void RemoveAt(int index) { }
    }

    // nanoFramework.CoreLibrary/System/ICloneable.cs
    public interface ICloneable
    {
        object Clone();
    }

    // nanoFramework.CoreLibrary/System/IDisposable.cs
    public interface IDisposable
    {
        void Dispose();
    }

    // nanoFramework.CoreLibrary/System/IComparable.cs
    public interface IComparable
    {
        int CompareTo(object obj);
    }

    // nanoFramework.CoreLibrary/System/IFormatProvider.cs
    public interface IFormatProvider
    {
        object GetFormat(Type formatType);
    }

    // nanoFramework.CoreLibrary/System/IFormattable.cs
    public interface IFormattable
    {
        string ToString(string format, IFormatProvider formatProvider);
    }

    // nanoFramework.CoreLibrary/System/Delegate.cs
    public abstract class Delegate
    {
        public static Delegate Combine(Delegate a, Delegate b) => null;
        public static Delegate Remove(Delegate source, Delegate value) => null;
        public static bool operator ==(Delegate d1, Delegate d2) => false;
        public static bool operator !=(Delegate d1, Delegate d2) => false;
        public object Target => null;
    }

    // nanoFramework.CoreLibrary/System/MulticastDelegate.cs
    public abstract class MulticastDelegate : Delegate
    {
        public static bool operator ==(MulticastDelegate d1, MulticastDelegate d2) => false;
        public static bool operator !=(MulticastDelegate d1, MulticastDelegate d2) => false;
    }

    // nanoFramework.CoreLibrary/System/AsyncCallback.cs
    public delegate void AsyncCallback(IAsyncResult ar);

    // nanoFramework.CoreLibrary/System/IAsyncResult.cs
    public interface IAsyncResult
    {
        bool IsCompleted { get; }
    }

    // nanoFramework.CoreLibrary/System/EventArgs.cs
    public class EventArgs
    {
        public static readonly EventArgs Empty = new EventArgs();
    }

    // nanoFramework.CoreLibrary/System/EventHandler.cs
    public delegate void EventHandler(object sender, EventArgs e);

    // nanoFramework.CoreLibrary/System/Type.cs
    public abstract class Type
    {
        public abstract string Name { get; }
        public abstract string FullName { get; }
        public static Type GetTypeFromHandle(RuntimeTypeHandle handle) => null;
    }

    // nanoFramework.CoreLibrary/System/RuntimeTypeHandle.cs
    public struct RuntimeTypeHandle { }

    // nanoFramework.CoreLibrary/System/RuntimeFieldHandle.cs
    public struct RuntimeFieldHandle { }

    // nanoFramework.CoreLibrary/System/RuntimeMethodHandle.cs
    public struct RuntimeMethodHandle { }

    // nanoFramework.CoreLibrary/System/Attribute.cs
    [AttributeUsage(AttributeTargets.All, Inherited = true, AllowMultiple = false)]
    public abstract class Attribute
    {
        protected Attribute() { }
    }

    // nanoFramework.CoreLibrary/System/AttributeTargets.cs
    [Flags]
    public enum AttributeTargets
    {
        Assembly = 0x0001,
        Module = 0x0002,
        Class = 0x0004,
        Struct = 0x0008,
        Enum = 0x0010,
        Constructor = 0x0020,
        Method = 0x0040,
        Property = 0x0080,
        Field = 0x0100,
        Event = 0x0200,
        Interface = 0x0400,
        Parameter = 0x0800,
        Delegate = 0x1000,
        ReturnValue = 0x2000,
        GenericParameter = 0x4000,
        All = 0x7FFF,
    }

    // nanoFramework.CoreLibrary/System/AttributeUsageAttribute.cs
    [AttributeUsage(AttributeTargets.Class, Inherited = true)]
    public sealed class AttributeUsageAttribute : Attribute
    {
        public AttributeUsageAttribute(AttributeTargets validOn) { }
        public bool AllowMultiple { get; set; }
        public bool Inherited { get; set; }
        public AttributeTargets ValidOn => AttributeTargets.All;
    }

    // nanoFramework.CoreLibrary/System/FlagsAttribute.cs
    [AttributeUsage(AttributeTargets.Enum, Inherited = false)]
    public class FlagsAttribute : Attribute { }

    // nanoFramework.CoreLibrary/System/ParamArrayAttribute.cs
    [AttributeUsage(AttributeTargets.Parameter, Inherited = true, AllowMultiple = false)]
    public sealed class ParamArrayAttribute : Attribute { }

    // nanoFramework.CoreLibrary/System/ObsoleteAttribute.cs
    public sealed class ObsoleteAttribute : Attribute
    {
        public ObsoleteAttribute() { }
        public ObsoleteAttribute(string message) { }
        public ObsoleteAttribute(string message, bool error) { }
    }

    // nanoFramework.CoreLibrary/System/CLSCompliantAttribute.cs
    public sealed class CLSCompliantAttribute : Attribute
    {
        public CLSCompliantAttribute(bool isCompliant) { }
    }

    // nanoFramework.CoreLibrary/System/NonSerializedAttribute.cs
    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class NonSerializedAttribute : Attribute { }

    // nanoFramework.CoreLibrary/System/Math.cs (double-only arithmetic, plus the integer Abs/Min/Max overloads)
    public static class Math
    {
        public const double PI = 3.14159265358979323846;
        public const double E = 2.7182818284590452354;
        public static int Abs(int val) => 0;
        public static long Abs(long val) => 0;
        public static double Abs(double val) => 0;
        public static int Max(int val1, int val2) => 0;
        public static long Max(long val1, long val2) => 0;
        public static double Max(double x, double y) => 0;
        public static int Min(int val1, int val2) => 0;
        public static long Min(long val1, long val2) => 0;
        public static double Min(double x, double y) => 0;
        public static double Ceiling(double d) => 0;
        public static double Floor(double d) => 0;
        public static double Round(double d) => 0;
        public static double Sqrt(double d) => 0;
        public static double Pow(double x, double y) => 0;
        public static double Exp(double d) => 0;
        public static double Log(double d) => 0;
        public static double Log10(double d) => 0;
        public static double Truncate(double d) => 0;
    }

    // nanoFramework.CoreLibrary/System/BitConverter.cs
    public static class BitConverter
    {
        public static readonly bool IsLittleEndian = true;
        public static byte[] GetBytes(int value) => null;
        public static byte[] GetBytes(uint value) => null;
        public static byte[] GetBytes(long value) => null;
        public static int ToInt32(byte[] value, int startIndex) => 0;
        public static uint ToUInt32(byte[] value, int startIndex) => 0;
        public static long ToInt64(byte[] value, int startIndex) => 0;
        public static long DoubleToInt64Bits(double value) => 0;
        public static double Int64BitsToDouble(long value) => 0;
        public static string ToString(byte[] value) => null;
    }

    // nanoFramework.CoreLibrary/System/Convert.cs
    public static class Convert
    {
        public static string ToBase64String(byte[] inArray) => null;
        public static byte[] FromBase64String(string inString) => null;
        public static int ToInt32(string value) => 0;
        public static int ToInt32(string value, int fromBase) => 0;
        public static double ToDouble(string value) => 0;
    }

    // nanoFramework.CoreLibrary/System/GC.cs
    public static class GC
    {
        public static void SuppressFinalize(object obj) { }
        public static void WaitForPendingFinalizers() { }
    }

    // nanoFramework.CoreLibrary/System/TimeSpan.cs
    public struct TimeSpan
    {
        public TimeSpan(long ticks) { }
        public TimeSpan(int hours, int minutes, int seconds) { }
        public long Ticks => 0;
        public int Milliseconds => 0;
        public double TotalMilliseconds => 0;
        public static TimeSpan FromMilliseconds(double value) => default;
        public static TimeSpan FromSeconds(double value) => default;
        public const long TicksPerMillisecond = 10000;
        public static readonly TimeSpan Zero = default;
    }

    // nanoFramework.CoreLibrary/System/DateTime.cs (UTC only)
    public struct DateTime
    {
        public DateTime(long ticks) { }
        public static DateTime UtcNow => default;
        public long Ticks => 0;
        public override string ToString() => null;
        public string ToString(string format) => null;
    }
}
