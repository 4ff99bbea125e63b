// Package nanoFramework.CoreLibrary (mscorlib), repository nanoframework/CoreLibrary, 1.x line (before generics).
// Paths are relative to that repository. Bodies are placeholders: this assembly is only ever referenced.
// Members that exist only in the reflection build (#if NANOCLR_REFLECTION) are left out on purpose, so Core
// also runs on firmware built with nanoFramework.CoreLibrary.NoReflection; see README.md.
#pragma warning disable CS0169, CS0649, CS0414
namespace System
{
    // nanoFramework.CoreLibrary/System/Object.cs (GetType is reflection-only; there is no Finalize)
    public class Object
    {
        public Object() { }
        public virtual string ToString() => null;
        public virtual bool Equals(object obj) => false;
        public static bool Equals(object objA, object objB) => false;
        public static bool ReferenceEquals(object objA, object objB) => false;
        public virtual int GetHashCode() => 0;
        protected object MemberwiseClone() => null;
    }

    // nanoFramework.CoreLibrary/System/ValueType.cs
    public abstract class ValueType
    {
        public override bool Equals(object obj) => false;
    }

    // nanoFramework.CoreLibrary/System/Enum.cs (ToString gives the number, not the name; there is no GetNames)
    public abstract class Enum : ValueType
    {
        public bool HasFlag(Enum flag) => false;
        public override string ToString() => null;
    }

    // nanoFramework.CoreLibrary/System/Void.cs
    public struct Void { }

    // nanoFramework.CoreLibrary/System/Boolean.cs (no Parse)
    public struct Boolean
    {
        private bool m_value;
        public static readonly string FalseString = "False";
        public static readonly string TrueString = "True";
        public override string ToString() => null;
    }

    // nanoFramework.CoreLibrary/System/Char.cs (no IsDigit, IsLetter or IsWhiteSpace)
    public struct Char
    {
        private char m_value;
        public const char MaxValue = (char)0xFFFF;
        public const char MinValue = (char)0x00;
        public override string ToString() => null;
        public char ToLower() => default;
        public char ToUpper() => default;
    }

    // nanoFramework.CoreLibrary/System/SByte.cs
    public struct SByte
    {
        private sbyte m_value;
        public const sbyte MaxValue = 127;
        public const sbyte MinValue = -128;
        public override string ToString() => null;
    }

    // nanoFramework.CoreLibrary/System/Byte.cs
    public struct Byte
    {
        private byte _value;
        public const byte MaxValue = 0xFF;
        public const byte MinValue = 0;
        public override string ToString() => null;
        public string ToString(string format) => null;
        public static byte Parse(string s) => 0;
        public static bool TryParse(string s, out byte result) { result = 0; return false; }
    }

    // nanoFramework.CoreLibrary/System/Int16.cs
    public struct Int16
    {
        private short m_value;
        public const short MaxValue = 32767;
        public const short MinValue = -32768;
        public override string ToString() => null;
    }

    // nanoFramework.CoreLibrary/System/UInt16.cs
    public struct UInt16
    {
        private ushort m_value;
        public const ushort MaxValue = 0xFFFF;
        public const ushort MinValue = 0;
        public override string ToString() => null;
        public string ToString(string format) => null;
        public static ushort Parse(string s) => 0;
        public static bool TryParse(string s, out ushort result) { result = 0; return false; }
    }

    // nanoFramework.CoreLibrary/System/Int32.cs
    public struct Int32
    {
        internal int m_value;
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
        internal long _value;
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
        private ulong m_value;
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
        internal float m_value;
        public const float MinValue = (float)-3.40282346638528859e+38;
        public const float Epsilon = (float)1.4e-45;
        public const float MaxValue = (float)3.40282346638528859e+38;
        public const float NegativeInfinity = -1.0f / 0.0f;
        public const float PositiveInfinity = 1.0f / 0.0f;
        public const float NaN = 0.0f / 0.0f;
        public static bool IsInfinity(float f) => false;
        public static bool IsNaN(float f) => false;
        public int CompareTo(float value) => 0;
        public override string ToString() => null;
        public string ToString(string format) => null;
        public static float Parse(string s) => 0;
        public static bool TryParse(string s, out float result) { result = 0; return false; }
    }

    // nanoFramework.CoreLibrary/System/Double.cs
    public struct Double
    {
        internal double _value;
        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.9406564584124650E-324;
        public const double NegativeInfinity = -1.0 / 0.0;
        public const double PositiveInfinity = 1.0 / 0.0;
        public const double NaN = 0.0 / 0.0;
        public int CompareTo(double value) => 0;
        public static bool IsInfinity(double d) => false;
        public static bool IsNaN(double d) => false;
        public static bool IsNegativeInfinity(double d) => false;
        public static bool IsPositiveInfinity(double d) => false;
        public static double Parse(string s) => 0;
        public override string ToString() => null;
        public string ToString(string format) => null;
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

    // nanoFramework.CoreLibrary/System/String.cs (no Replace, Join, Remove, Insert or Split(string))
    public sealed class String : IComparable, System.Collections.IEnumerable
    {
        public static readonly string Empty = "";
        public String(char[] value, int startIndex, int length) { }
        public String(char[] value) { }
        public String(char c, int count) { }
        public System.Collections.IEnumerator GetEnumerator() => null;
        public override bool Equals(object obj) => false;
        public static bool Equals(string a, string b) => false;
        public static bool operator ==(string a, string b) => false;
        public static bool operator !=(string a, string b) => false;
        [System.Runtime.CompilerServices.IndexerName("Chars")]
        public char this[int index] => default;
        public char[] ToCharArray() => null;
        public char[] ToCharArray(int startIndex, int length) => null;
        public int Length => 0;
        public string[] Split(params char[] separator) => null;
        public string[] Split(char[] separator, int count) => null;
        public string Substring(int startIndex) => null;
        public string Substring(int startIndex, int length) => null;
        public string Trim() => null;
        public string Trim(params char[] trimChars) => null;
        public string TrimStart(params char[] trimChars) => null;
        public string TrimEnd(params char[] trimChars) => null;
        public static int Compare(string strA, string strB) => 0;
        public int CompareTo(object value) => 0;
        public int CompareTo(string strB) => 0;
        public int IndexOf(char value) => 0;
        public int IndexOf(char value, int startIndex) => 0;
        public int IndexOf(char value, int startIndex, int count) => 0;
        public int IndexOfAny(char[] anyOf) => 0;
        public int IndexOfAny(char[] anyOf, int startIndex) => 0;
        public int IndexOf(string value) => 0;
        public int IndexOf(string value, int startIndex) => 0;
        public int IndexOf(string value, int startIndex, int count) => 0;
        public int LastIndexOf(char value) => 0;
        public int LastIndexOf(char value, int startIndex) => 0;
        public int LastIndexOf(string value) => 0;
        public int LastIndexOf(string value, int startIndex) => 0;
        public string ToLower() => null;
        public string ToUpper() => null;
        public override string ToString() => null;
        public static string Concat(object arg0) => null;
        public static string Concat(object arg0, object arg1) => null;
        public static string Concat(object arg0, object arg1, object arg2) => null;
        public static string Concat(params object[] args) => null;
        public static string Concat(string str0, string str1) => null;
        public static string Concat(string str0, string str1, string str2) => null;
        public static string Concat(string str0, string str1, string str2, string str3) => null;
        public static string Concat(params string[] values) => null;
        public static string Intern(string str) => null;
        public static string IsInterned(string str) => null;
        public static string Format(string format, params object[] args) => null;
        public string PadLeft(int totalWidth, char paddingChar = ' ') => null;
        public string PadRight(int totalWidth, char paddingChar = ' ') => null;
        // IsNullOrEmpty since CoreLibrary pull request 117 (2021); Contains, StartsWith, EndsWith since 148 (2021).
        public static bool IsNullOrEmpty(string value) => false;
        public bool Contains(string value) => false;
        public bool StartsWith(string value) => false;
        public bool EndsWith(string value) => false;
    }

    // nanoFramework.CoreLibrary/System/Array.cs (the IList members are explicit; Clone and CreateInstance are reflection-only)
    public abstract class Array : System.Collections.IList
    {
        public static void Copy(Array sourceArray, Array destinationArray, int length) { }
        public static void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length) { }
        public static void Clear(Array array, int index, int length) { }
        public object GetValue(int index) => null;
        public int Length => 0;
        int System.Collections.ICollection.Count => 0;
        public object SyncRoot => null;
        public bool IsReadOnly => false;
        public bool IsFixedSize => true;
        public bool IsSynchronized => false;
        object System.Collections.IList.this[int index] { get => null; set { } }
        int System.Collections.IList.Add(object value) => 0;
        bool System.Collections.IList.Contains(object value) => false;
        void System.Collections.IList.Clear() { }
        int System.Collections.IList.IndexOf(object value) => 0;
        void System.Collections.IList.Insert(int index, object value) { }
        void System.Collections.IList.Remove(object value) { }
        void System.Collections.IList.RemoveAt(int index) { }
        public static int BinarySearch(Array array, object value, System.Collections.IComparer comparer) => 0;
        public static int BinarySearch(Array array, int index, int length, object value, System.Collections.IComparer comparer) => 0;
        public void CopyTo(Array array, int index) { }
        public System.Collections.IEnumerator GetEnumerator() => null;
        public static int IndexOf(Array array, object value) => 0;
        public static int IndexOf(Array array, object value, int startIndex) => 0;
        public static int IndexOf(Array array, object value, int startIndex, int count) => 0;
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

    // nanoFramework.CoreLibrary/System/Delegate.cs (Target, Method and GetInvocationList are reflection-only)
    public abstract class Delegate
    {
        public override bool Equals(object obj) => false;
        public static Delegate Combine(Delegate a, Delegate b) => null;
        public static Delegate Remove(Delegate source, Delegate value) => null;
        public static bool operator ==(Delegate d1, Delegate d2) => false;
        public static bool operator !=(Delegate d1, Delegate d2) => false;
    }

    // nanoFramework.CoreLibrary/System/MulticastDelegate.cs
    public abstract class MulticastDelegate : Delegate
    {
        public static bool operator ==(MulticastDelegate d1, MulticastDelegate d2) => false;
        public static bool operator !=(MulticastDelegate d1, MulticastDelegate d2) => false;
        public override bool Equals(object obj) => false;
    }

    // nanoFramework.CoreLibrary/System/MarshalByRefObject.cs
    public abstract class MarshalByRefObject { }

    // nanoFramework.CoreLibrary/System/AsyncCallback.cs
    public delegate void AsyncCallback(IAsyncResult ar);

    // nanoFramework.CoreLibrary/System/IAsyncResult.cs (declares no members)
    public interface IAsyncResult { }

    // nanoFramework.CoreLibrary/System/EventArgs.cs
    public class EventArgs
    {
        public static readonly EventArgs Empty = new EventArgs();
        public EventArgs() { }
    }

    // nanoFramework.CoreLibrary/System/EventHandler.cs
    public delegate void EventHandler(object sender, EventArgs e);

    // nanoFramework.CoreLibrary/System/RuntimeTypeHandle.cs
    public struct RuntimeTypeHandle { }

    // nanoFramework.CoreLibrary/System/RuntimeFieldHandle.cs (the compiler needs it for array initialisers)
    public struct RuntimeFieldHandle { }

    // nanoFramework.CoreLibrary/System/RuntimeMethodHandle.cs
    public struct RuntimeMethodHandle { }

    // nanoFramework.CoreLibrary/System/Attribute.cs
    [AttributeUsage(AttributeTargets.All)]
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
        All = Assembly | Module | Class | Struct | Enum | Constructor | Method | Property | Field | Event | Interface | Parameter | Delegate | ReturnValue | GenericParameter,
    }

    // nanoFramework.CoreLibrary/System/AttributeUsageAttribute.cs
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class AttributeUsageAttribute : Attribute
    {
        public AttributeUsageAttribute(AttributeTargets validOn) { }
        public AttributeTargets ValidOn => AttributeTargets.All;
        public bool AllowMultiple { get; set; }
        public bool Inherited { get; set; }
    }

    // nanoFramework.CoreLibrary/System/FlagsAttribute.cs
    [AttributeUsage(AttributeTargets.Enum, Inherited = false)]
    public class FlagsAttribute : Attribute { }

    // nanoFramework.CoreLibrary/System/ParamArrayAttribute.cs
    [AttributeUsage(AttributeTargets.Parameter, Inherited = true, AllowMultiple = false)]
    public sealed class ParamArrayAttribute : Attribute { }

    // nanoFramework.CoreLibrary/System/ObsoleteAttribute.cs
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Interface | AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Event | AttributeTargets.Delegate, Inherited = false)]
    public sealed class ObsoleteAttribute : Attribute
    {
        public ObsoleteAttribute() { }
        public ObsoleteAttribute(string message) { }
        public ObsoleteAttribute(string message, bool error) { }
        public string Message => null;
        public bool IsError => false;
    }

    // nanoFramework.CoreLibrary/System/CLSCompliantAttribute.cs
    public sealed class CLSCompliantAttribute : Attribute
    {
        public CLSCompliantAttribute(bool isCompliant) { }
    }

    // nanoFramework.CoreLibrary/System/NonSerializedAttribute.cs
    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class NonSerializedAttribute : Attribute { }

    // Package nanoFramework.System.Math, repository nanoframework/System.Math: nanoFramework.System.Math/Math.cs.
    // mscorlib's own System/Math.cs holds only the internal MathInternal since CoreLibrary 1.0.5 (2018).
    // There are no long overloads of Abs, Min or Max. Declared: what Core may use (Abs, Min, Max, Floor, Ceiling,
    // Sqrt, Pow, Exp, Log, Round), double and int only; the float overloads are left out on purpose (some are
    // marked obsolete-as-error in the package).
    public static class Math
    {
        public const double PI = 3.14159265358979323846;
        public const double E = 2.7182818284590452354;
        public static int Max(int val1, int val2) => 0;
        public static double Max(double x, double y) => 0;
        public static int Min(int val1, int val2) => 0;
        public static double Min(double x, double y) => 0;
        public static int Abs(int val) => 0;
        public static double Abs(double val) => 0;
        public static double Ceiling(double d) => 0;
        public static double Exp(double d) => 0;
        public static double Floor(double d) => 0;
        public static double Log(double d) => 0;
        public static double Pow(double x, double y) => 0;
        public static double Round(double d) => 0;
        public static double Sqrt(double d) => 0;
    }

    // nanoFramework.CoreLibrary/System/BitConverter.cs
    public static class BitConverter
    {
        public static bool IsLittleEndian => true;
        public static long DoubleToInt64Bits(double value) => 0;
        public static byte[] GetBytes(bool value) => null;
        public static byte[] GetBytes(char value) => null;
        public static byte[] GetBytes(double value) => null;
        public static byte[] GetBytes(float value) => null;
        public static byte[] GetBytes(int value) => null;
        public static byte[] GetBytes(long value) => null;
        public static byte[] GetBytes(short value) => null;
        public static byte[] GetBytes(uint value) => null;
        public static byte[] GetBytes(ulong value) => null;
        public static byte[] GetBytes(ushort value) => null;
        public static double Int64BitsToDouble(long value) => 0;
        public static bool ToBoolean(byte[] value, int startIndex) => false;
        public static char ToChar(byte[] value, int startIndex) => default;
        public static double ToDouble(byte[] value, int startIndex) => 0;
        public static short ToInt16(byte[] value, int startIndex) => 0;
        public static int ToInt32(byte[] value, int startIndex) => 0;
        public static long ToInt64(byte[] value, int startIndex) => 0;
        public static float ToSingle(byte[] value, int startIndex) => 0;
        public static string ToString(byte[] value) => null;
        public static string ToString(byte[] value, int startIndex) => null;
        public static string ToString(byte[] value, int startIndex, int length) => null;
        public static ushort ToUInt16(byte[] value, int startIndex) => 0;
        public static uint ToUInt32(byte[] value, int startIndex) => 0;
        public static ulong ToUInt64(byte[] value, int startIndex) => 0;
    }

    // nanoFramework.CoreLibrary/System/Convert.cs (fromBase is an optional parameter, not an overload)
    public static class Convert
    {
        public static bool ToBoolean(byte value) => false;
        public static byte ToByte(string value, int fromBase = 10) => 0;
        public static short ToInt16(string value, int fromBase = 10) => 0;
        public static ushort ToUInt16(string value, int fromBase = 10) => 0;
        public static int ToInt32(string value, int fromBase = 10) => 0;
        public static uint ToUInt32(string value, int fromBase = 10) => 0;
        public static long ToInt64(string value, int fromBase = 10) => 0;
        public static ulong ToUInt64(string value, int fromBase = 10) => 0;
        public static double ToDouble(string value) => 0;
        public static float ToSingle(string value) => 0;
        public static string ToBase64String(byte[] inArray) => null;
        public static string ToBase64String(byte[] inArray, int offset, int length) => null;
        public static byte[] FromBase64String(string inString) => null;
        public static byte[] FromBase64CharArray(char[] inArray, int offset, int length) => null;
    }

    // nanoFramework.CoreLibrary/System/GC.cs
    public static class GC
    {
        public static void WaitForPendingFinalizers() { }
        public static void SuppressFinalize(object obj) { }
        public static void ReRegisterForFinalize(object obj) { }
    }

    // nanoFramework.CoreLibrary/System/TimeSpan.cs (the From* factories take long, not double)
    public struct TimeSpan
    {
        internal long _ticks;
        public const long TicksPerMillisecond = 10000;
        public const long TicksPerSecond = TicksPerMillisecond * 1000;
        public const long TicksPerMinute = TicksPerSecond * 60;
        public const long TicksPerHour = TicksPerMinute * 60;
        public const long TicksPerDay = TicksPerHour * 24;
        public static readonly TimeSpan Zero = new TimeSpan(0);
        public static readonly TimeSpan MaxValue = new TimeSpan(Int64.MaxValue);
        public static readonly TimeSpan MinValue = new TimeSpan(Int64.MinValue);
        public TimeSpan(long ticks) { _ticks = ticks; }
        public TimeSpan(int hours, int minutes, int seconds) { _ticks = 0; }
        public TimeSpan(int days, int hours, int minutes, int seconds) { _ticks = 0; }
        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds) { _ticks = 0; }
        public long Ticks => 0;
        public int Days => 0;
        public int Hours => 0;
        public int Milliseconds => 0;
        public int Minutes => 0;
        public int Seconds => 0;
        public double TotalDays => 0;
        public double TotalHours => 0;
        public double TotalMilliseconds => 0;
        public double TotalMinutes => 0;
        public double TotalSeconds => 0;
        public TimeSpan Add(TimeSpan ts) => default;
        public static int Compare(TimeSpan t1, TimeSpan t2) => 0;
        public int CompareTo(object value) => 0;
        public TimeSpan Duration() => default;
        public override bool Equals(object value) => false;
        public static bool Equals(TimeSpan t1, TimeSpan t2) => false;
        public TimeSpan Negate() => default;
        public TimeSpan Subtract(TimeSpan ts) => default;
        public static TimeSpan FromTicks(long value) => default;
        public static TimeSpan FromMilliseconds(long value) => default;
        public static TimeSpan FromSeconds(long value) => default;
        public static TimeSpan FromMinutes(long value) => default;
        public static TimeSpan FromHours(long value) => default;
        public static TimeSpan FromDays(long value) => default;
        public override string ToString() => null;
        public static TimeSpan operator -(TimeSpan t) => default;
        public static TimeSpan operator -(TimeSpan t1, TimeSpan t2) => default;
        public static TimeSpan operator +(TimeSpan t) => default;
        public static TimeSpan operator +(TimeSpan t1, TimeSpan t2) => default;
        public static bool operator ==(TimeSpan t1, TimeSpan t2) => false;
        public static bool operator !=(TimeSpan t1, TimeSpan t2) => false;
        public static bool operator <(TimeSpan t1, TimeSpan t2) => false;
        public static bool operator <=(TimeSpan t1, TimeSpan t2) => false;
        public static bool operator >(TimeSpan t1, TimeSpan t2) => false;
        public static bool operator >=(TimeSpan t1, TimeSpan t2) => false;
        public override int GetHashCode() => 0;
    }

    // nanoFramework.CoreLibrary/System/DateTime.cs (UTC only; origin 1601-01-01). Core never reads the clock:
    // time is injected (INodeContext.NowMs), so only the value type is declared for the firmware's use.
    public struct DateTime
    {
        private ulong _ticks;
        public DateTime(long ticks) { _ticks = 0; }
        public DateTime(int year, int month, int day) { _ticks = 0; }
        public DateTime(int year, int month, int day, int hour, int minute, int second) { _ticks = 0; }
        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond) { _ticks = 0; }
        public DateTime Add(TimeSpan val) => default;
        public DateTime AddMilliseconds(double val) => default;
        public static DateTime UtcNow => default;
        public long Ticks => 0;
        public TimeSpan Subtract(DateTime val) => default;
        public DateTime Subtract(TimeSpan val) => default;
        public override string ToString() => null;
        public string ToString(string format) => null;
        public long ToUnixTimeSeconds() => 0;
        public static DateTime FromUnixTimeSeconds(long seconds) => default;
        public static DateTime operator +(DateTime d, TimeSpan t) => default;
        public static DateTime operator -(DateTime d, TimeSpan t) => default;
        public static TimeSpan operator -(DateTime d1, DateTime d2) => default;
        public static bool operator ==(DateTime d1, DateTime d2) => false;
        public static bool operator !=(DateTime t1, DateTime t2) => false;
        public static bool operator <(DateTime t1, DateTime t2) => false;
        public static bool operator <=(DateTime t1, DateTime t2) => false;
        public static bool operator >(DateTime t1, DateTime t2) => false;
        public static bool operator >=(DateTime t1, DateTime t2) => false;
        public override int GetHashCode() => 0;
    }
}
