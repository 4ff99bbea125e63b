namespace Generals.Core.Runtime
{
    /// <summary>
    /// The store's record format (docs/storage.md): every persisted record, a General's or a signer's, is sealed
    /// with a format version and a CRC-32 bound to its name, so that reading tells a missing record from a damaged
    /// one whatever <see cref="IStore"/> is underneath (a file, the simulator, a board's flash).
    /// Layout: [u8 version = 1][payload][u32 CRC-32, little-endian], the CRC over
    /// [u8 name length][name, ASCII][version][payload]. A torn write is the store's business (it leaves the old
    /// record); a record whose CRC fails is damaged, never silently read as empty or as zero.
    /// </summary>
    public static class SealedRecord
    {
        /// <summary>The format version written today.</summary>
        public const byte Version = 1;

        /// <summary>Where a sealed record's payload starts: after its version byte.</summary>
        public const int PayloadOffset = 1;

        /// <summary>Bytes a seal adds to a payload: the version byte and the CRC.</summary>
        public const int OverheadBytes = 5;

        /// <summary>Longest record name (board flash file names are short; the CRC binds the name by its length byte).</summary>
        public const int NameMax = 64;

        /// <summary>The sealed bytes of <paramref name="payload"/> stored as <paramref name="name"/>.</summary>
        public static byte[] Seal(string name, byte[] payload)
        {
            Check.NotNull(payload, "payload");
            byte[] record = new byte[payload.Length + OverheadBytes];
            record[0] = Version;
            System.Array.Copy(payload, 0, record, 1, payload.Length);
            Wire.Bytes.WriteUInt32(record, record.Length - 4, Checksum(name, record, record.Length - 4));
            return record;
        }

        /// <summary>
        /// Opens <paramref name="record"/> as read under <paramref name="name"/> (null: missing). The payload (a copy)
        /// comes back in <paramref name="payload"/> when the result is <see cref="RecordState.Valid"/>, else null.
        /// </summary>
        public static RecordState Open(string name, byte[] record, out byte[] payload)
        {
            payload = null;
            RecordState state = StateOf(name, record);
            if (state == RecordState.Valid)
            {
                payload = Wire.Bytes.Slice(record, PayloadOffset, record.Length - OverheadBytes);
            }

            return state;
        }

        /// <summary>
        /// The state of <paramref name="record"/> as read under <paramref name="name"/>, nothing copied: when valid its payload
        /// is the record's bytes from <see cref="PayloadOffset"/>, all but the last four (a signer keeps its tree records so).
        /// </summary>
        public static RecordState StateOf(string name, byte[] record)
        {
            if (record == null)
            {
                return RecordState.Missing;
            }

            if (record.Length < OverheadBytes)
            {
                return RecordState.Damaged;
            }

            if (Wire.Bytes.ReadUInt32(record, record.Length - 4) != Checksum(name, record, record.Length - 4))
            {
                return RecordState.Damaged;
            }

            if (record[0] != Version)
            {
                return RecordState.Unsupported;
            }

            return RecordState.Valid;
        }

        /// <summary>Reads and opens record <paramref name="name"/> of <paramref name="source"/>.</summary>
        public static RecordState Read(IRecordSource source, string name, out byte[] payload)
        {
            Check.NotNull(source, "source");
            return Open(name, source.Read(name), out payload);
        }

        /// <summary>The CRC-32 of a record's name and its first <paramref name="count"/> bytes (version and payload).</summary>
        private static uint Checksum(string name, byte[] record, int count)
        {
            Check.NotNull(name, "name");
            Check.That(name.Length > 0 && name.Length <= NameMax, "record name length within limit");
            uint running = Crc32.Update(Crc32.Initial, (byte)name.Length);
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                Check.That(c > ' ' && c < (char)127, "record names are printable ASCII");
                running = Crc32.Update(running, (byte)c);
            }

            return Crc32.Finish(Crc32.Update(running, record, 0, count));
        }
    }
}
