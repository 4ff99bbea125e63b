// Package nanoFramework.System.IO.FileSystem, repository nanoframework/System.IO.FileSystem. Paths are relative to
// the repository. Declared: what the flash store needs (File, FileStream, FileMode, FileAccess, Directory). File.Move
// throws when the destination exists and File.Delete of a missing file does nothing (File.cs); FileStream writes
// through on every Write (its Flush does nothing: FileStream.cs). Bodies are placeholders.
namespace System.IO
{
    // System.IO.FileSystem/File.cs
    public static class File
    {
        public static void Copy(string sourceFileName, string destFileName) { }
        public static void Copy(string sourceFileName, string destFileName, bool overwrite) { }
        public static FileStream Create(string path) => null;
        public static void Delete(string path) { }
        public static bool Exists(string path) => false;
        public static void Move(string sourceFileName, string destFileName) { }
    }

    // System.IO.FileSystem/Directory.cs
    public static class Directory
    {
        public static void CreateDirectory(string path) { }
        public static bool Exists(string path) => false;
        public static string[] GetFiles(string path) => null;
    }

    // System.IO.FileSystem/FileMode.cs
    public enum FileMode
    {
        CreateNew = 1,
        Create = 2,
        Open = 3,
        OpenOrCreate = 4,
        Truncate = 5,
        Append = 6,
    }

    // System.IO.FileSystem/FileAccess.cs
    [Flags]
    public enum FileAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }

    // System.IO.FileSystem/FileStream.cs
    public class FileStream : Stream
    {
        public FileStream(string path, FileMode mode) { }
        public FileStream(string path, FileMode mode, FileAccess access) { }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => 0;
        public override long Position { get => 0; set { } }
        public string Name => null;
        public override void Close() { }
        protected override void Dispose(bool disposing) { }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => 0;
        public override long Seek(long offset, SeekOrigin origin) => 0;
        public override void SetLength(long value) { }
        public override void Write(byte[] buffer, int offset, int count) { }
    }
}
