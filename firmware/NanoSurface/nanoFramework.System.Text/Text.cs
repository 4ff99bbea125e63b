// Package nanoFramework.System.Text, repository nanoframework/System.Text: Encoding, UTF8Encoding and
// StringBuilder (nanoFramework.System.Text/nanoFramework.System.Text.nfproj compiles Text/Decoder.cs,
// Text/Encoding.cs, Text/StringBuilder.cs, Text/UTF8Decoder.cs, Text/UTF8Encoding.cs). Until 2018 the encoders
// lived in mscorlib (CoreLibrary source/nanoFramework.CoreLibrary/System/Text/UTF8Encoding.cs); the real
// mscorlib 1.17.11 has no System.Text namespace at all, so a firmware that encodes strings references this package.
namespace System.Text
{
    // nanoFramework.System.Text/Text/Encoding.cs. GetBytes and GetChars are virtual in the source (not abstract:
    // corrected in issue 12), as is GetString. GetDecoder (and the Decoder type) are left out: Core decodes no
    // streams.
    public abstract class Encoding
    {
        public static Encoding UTF8 => null;
        public virtual byte[] GetBytes(string s) => null;
        public virtual int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex) => 0;
        public virtual char[] GetChars(byte[] bytes) => null;
        public virtual char[] GetChars(byte[] bytes, int byteIndex, int byteCount) => null;
        public virtual string GetString(byte[] bytes, int index, int count) => null;
    }

    // nanoFramework.System.Text/Text/UTF8Encoding.cs
    public class UTF8Encoding : Encoding
    {
        public UTF8Encoding() { }
        public override byte[] GetBytes(string s) => null;
        public override int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex) => 0;
        public override char[] GetChars(byte[] bytes) => null;
        public override char[] GetChars(byte[] bytes, int byteIndex, int byteCount) => null;
    }

    // nanoFramework.System.Text/Text/StringBuilder.cs (Insert takes a repeat count; there is no Insert(int, string))
    public sealed class StringBuilder
    {
        public StringBuilder() { }
        public StringBuilder(int capacity) { }
        public StringBuilder(string value) { }
        public StringBuilder(string value, int capacity) { }
        public StringBuilder(int capacity, int maxCapacity) { }
        public int MaxCapacity => 0;
        public char this[int index] { get => default; set { } }
        public int Capacity { get => 0; set { } }
        public int Length { get => 0; set { } }
        public StringBuilder Clear() => null;
        public StringBuilder Append(bool value) => null;
        public StringBuilder Append(byte value) => null;
        public StringBuilder Append(char value) => null;
        public StringBuilder Append(double value) => null;
        public StringBuilder Append(short value) => null;
        public StringBuilder Append(char[] value) => null;
        public StringBuilder Append(int value) => null;
        public StringBuilder Append(long value) => null;
        public StringBuilder Append(object value) => null;
        public StringBuilder Append(string value) => null;
        public StringBuilder Append(sbyte value) => null;
        public StringBuilder Append(float value) => null;
        public StringBuilder Append(ushort value) => null;
        public StringBuilder Append(uint value) => null;
        public StringBuilder Append(ulong value) => null;
        public StringBuilder Append(string value, int startIndex, int count) => null;
        public StringBuilder Append(char[] value, int startIndex, int charCount) => null;
        public StringBuilder Append(char value, int repeatCount) => null;
        public StringBuilder Remove(int startIndex, int length) => null;
        public override string ToString() => null;
        public string ToString(int startIndex, int length) => null;
        public StringBuilder Insert(int index, string value, int count) => null;
        public StringBuilder Insert(int index, char[] value, int startIndex, int charCount) => null;
        public StringBuilder Replace(char oldChar, char newChar) => null;
        public StringBuilder Replace(string oldValue, string newValue) => null;
        public StringBuilder AppendLine(string str) => null;
        public StringBuilder AppendLine() => null;
    }
}
