// Package nanoFramework.System.IO.Streams, repository nanoframework/System.IO.Streams. Paths are relative to the
// repository. Declared: the abstract Stream of the 1.x line (byte arrays; the Span overloads are the 2.0 previews') that
// FileStream derives from. Bodies are placeholders.
namespace System.IO
{
    // System.IO.Streams/SeekOrigin.cs
    public enum SeekOrigin
    {
        Begin = 0,
        Current = 1,
        End = 2,
    }

    // System.IO.Streams/Stream.cs
    public abstract class Stream : MarshalByRefObject, IDisposable
    {
        public abstract bool CanRead { get; }
        public abstract bool CanSeek { get; }
        public abstract bool CanWrite { get; }
        public abstract long Length { get; }
        public abstract long Position { get; set; }
        public virtual void Close() { }
        public void Dispose() { }
        protected virtual void Dispose(bool disposing) { }
        public abstract void Flush();
        public abstract long Seek(long offset, SeekOrigin origin);
        public abstract void SetLength(long value);
        public abstract int Read(byte[] buffer, int offset, int count);
        public virtual int ReadByte() => 0;
        public abstract void Write(byte[] buffer, int offset, int count);
        public virtual void WriteByte(byte value) { }
    }
}
