using System.IO;
using Generals.Firmware.Storage;

namespace Generals.Firmware.Nano
{
    /// <summary>The flash store's file operations on nanoFramework's System.IO.FileSystem (the internal drive I:).</summary>
    public sealed class NanoFileSystem : IFileSystem
    {
        public bool Exists(string path)
        {
            return File.Exists(path);
        }

        public bool FolderExists(string path)
        {
            return Directory.Exists(path);
        }

        public void CreateFolder(string path)
        {
            Directory.CreateDirectory(path);
        }

        public byte[] ReadAll(string path)
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read))
            {
                byte[] bytes = new byte[(int)stream.Length];
                int read = 0;
                while (read < bytes.Length)
                {
                    int count = stream.Read(bytes, read, bytes.Length - read);
                    if (count <= 0)
                    {
                        break;
                    }

                    read += count;
                }

                return bytes;
            }
        }

        public void WriteAll(string path, byte[] bytes)
        {
            // nanoFramework's FileStream writes through on every Write; Flush is kept for any other file system.
            using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush();
            }
        }

        public void Delete(string path)
        {
            File.Delete(path);
        }

        public void Move(string from, string to)
        {
            File.Move(from, to);
        }
    }
}
