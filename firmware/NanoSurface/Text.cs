// Text: Encoding and UTF8Encoding from nanoframework/CoreLibrary; StringBuilder from nanoframework/nanoFramework.System.Text.
namespace System.Text
{
    // nanoFramework.CoreLibrary/System/Text/Encoding.cs
    public abstract class Encoding
    {
        public static Encoding UTF8 => null;
        public virtual byte[] GetBytes(string s) => null;
        public virtual int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex) => 0;
        public virtual char[] GetChars(byte[] bytes) => null;
        public virtual char[] GetChars(byte[] bytes, int byteIndex, int byteCount) => null;
        public virtual string GetString(byte[] bytes, int index, int count) => null;
    }

    // nanoFramework.CoreLibrary/System/Text/UTF8Encoding.cs
    public class UTF8Encoding : Encoding
    {
        public UTF8Encoding() { }
    }

    // nanoFramework.System.Text/Text/StringBuilder.cs
    public sealed class StringBuilder
    {
        public StringBuilder() { }
        public StringBuilder(int capacity) { }
        public StringBuilder(string value) { }
        public int Length { get => 0; set { } }
        public int Capacity { get => 0; set { } }
        public char this[int index] { get => default; set { } }
        public StringBuilder Append(string value) => null;
        public StringBuilder Append(char value) => null;
        public StringBuilder Append(char value, int repeatCount) => null;
        public StringBuilder Append(bool value) => null;
        public StringBuilder Append(byte value) => null;
        public StringBuilder Append(int value) => null;
        public StringBuilder Append(uint value) => null;
        public StringBuilder Append(long value) => null;
        public StringBuilder Append(ulong value) => null;
        public StringBuilder Append(double value) => null;
        public StringBuilder Append(object value) => null;
        public StringBuilder AppendLine() => null;
        public StringBuilder AppendLine(string value) => null;
        public StringBuilder Clear() => null;
        public StringBuilder Insert(int index, string value) => null;
        public StringBuilder Remove(int startIndex, int length) => null;
        public StringBuilder Replace(string oldValue, string newValue) => null;
        public override string ToString() => null;
        public string ToString(int startIndex, int length) => null;
    }
}
