using System.Collections;
using Generals.Core.Runtime;

namespace Generals.Firmware.Storage
{
    /// <summary>
    /// A board's <see cref="IStore"/> on its flash file system (docs/storage.md, "A board's store"): one file per record in
    /// one folder (<see cref="RecordFiles"/>). Writes are staged; <see cref="Flush"/> makes each durable in the order it was
    /// made, by atomic replace: the new bytes go to the record's "~n" file, then the old file is deleted and the new one
    /// renamed over it (nanoFramework's File.Move refuses an existing destination). A power cut between the delete and the
    /// rename leaves only the "~n" file, whole: <see cref="Read"/> finishes the switch. A cut while the "~n" file is written
    /// leaves the old record, and the torn copy is dropped: a "~n" file stands in for a missing record only when it is a
    /// whole sealed record (every record here is sealed, <see cref="SealedRecord"/>), so a torn first write reads as missing.
    /// </summary>
    public sealed class FlashStore : IStore
    {
        private readonly IFileSystem _files;
        private readonly string _folder;
        private readonly ArrayList _stagedNames = new ArrayList();
        private readonly ArrayList _stagedRecords = new ArrayList();
        private readonly Hashtable _latest = new Hashtable();

        /// <summary>A store over <paramref name="folder"/> (created when missing; its drive must be mounted).</summary>
        public FlashStore(IFileSystem files, string folder)
        {
            Check.NotNull(files, "files");
            Check.NotNull(folder, "folder");
            _files = files;
            _folder = folder;
            if (!files.FolderExists(folder))
            {
                files.CreateFolder(folder);
            }
        }

        /// <summary>The record last staged or made durable, or null when it was never written.</summary>
        public byte[] Read(string name)
        {
            object staged = _latest[name];
            if (staged != null)
            {
                return (byte[])staged;
            }

            string path = RecordFiles.PathOf(_folder, name);
            string fresh = path + RecordFiles.NewSuffix;
            byte[] record = _files.ReadAll(path);
            if (record != null)
            {
                // A new copy beside a record never finished its switch: its Flush did not return, so the old one stands.
                if (_files.Exists(fresh))
                {
                    _files.Delete(fresh);
                }

                return record;
            }

            byte[] pending = _files.ReadAll(fresh);
            if (pending == null)
            {
                return null;
            }

            byte[] payload;
            if (SealedRecord.Open(name, pending, out payload) == RecordState.Damaged)
            {
                _files.Delete(fresh);
                return null;
            }

            _files.Move(fresh, path);
            return pending;
        }

        /// <summary>Stages <paramref name="record"/> as <paramref name="name"/>; durable at the next <see cref="Flush"/>.</summary>
        public void Write(string name, byte[] record)
        {
            Check.NotNull(name, "name");
            Check.NotNull(record, "record");
            _stagedNames.Add(name);
            _stagedRecords.Add(record);
            _latest[name] = record;
        }

        /// <summary>Replaces each staged record's file in the order the writes were made; each is durable before the next begins.</summary>
        public void Flush()
        {
            for (int i = 0; i < _stagedNames.Count; i++)
            {
                string path = RecordFiles.PathOf(_folder, (string)_stagedNames[i]);
                string fresh = path + RecordFiles.NewSuffix;
                _files.WriteAll(fresh, (byte[])_stagedRecords[i]);
                _files.Delete(path);
                _files.Move(fresh, path);
            }

            _stagedNames.Clear();
            _stagedRecords.Clear();
            _latest.Clear();
        }
    }
}
