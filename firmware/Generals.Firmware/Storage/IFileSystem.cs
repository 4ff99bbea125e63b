namespace Generals.Firmware.Storage
{
    /// <summary>
    /// The few file operations the flash store needs: the seam between <see cref="FlashStore"/> and nanoFramework's
    /// System.IO.FileSystem (Nano/NanoFileSystem.cs), so the store's logic runs and is tested on the host too.
    /// </summary>
    public interface IFileSystem
    {
        /// <summary>True when <paramref name="path"/> is a file.</summary>
        bool Exists(string path);

        /// <summary>True when <paramref name="path"/> is a folder (a drive root included).</summary>
        bool FolderExists(string path);

        /// <summary>Creates the folder <paramref name="path"/> (its parent exists).</summary>
        void CreateFolder(string path);

        /// <summary>The whole file, or null when there is none.</summary>
        byte[] ReadAll(string path);

        /// <summary>Creates or truncates <paramref name="path"/> and writes <paramref name="bytes"/>; durable when it returns.</summary>
        void WriteAll(string path, byte[] bytes);

        /// <summary>Deletes <paramref name="path"/>; nothing happens when there is no such file.</summary>
        void Delete(string path);

        /// <summary>Renames <paramref name="from"/> to <paramref name="to"/>, which must not exist (nanoFramework's File.Move refuses it).</summary>
        void Move(string from, string to);
    }
}
