// Package nanoFramework.System.IO.FileSystem, repository nanoframework/System.IO.FileSystem. Paths are relative to
// the repository. Declared: the static File members the flash store needs that do not involve streams (FileStream
// derives from System.IO.Streams' Stream, another package). Bodies are placeholders.
namespace System.IO
{
    // System.IO.FileSystem/File.cs
    public static class File
    {
        public static void Copy(string sourceFileName, string destFileName) { }
        public static void Copy(string sourceFileName, string destFileName, bool overwrite) { }
        public static void Delete(string path) { }
        public static bool Exists(string path) => false;
        public static void Move(string sourceFileName, string destFileName) { }
    }
}
