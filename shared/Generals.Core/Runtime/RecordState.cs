namespace Generals.Core.Runtime
{
    /// <summary>What reading a sealed record found (see <see cref="SealedRecord"/>). Numbers are on the wire: never renumber.</summary>
    public enum RecordState
    {
        /// <summary>The record is there and its checksum holds.</summary>
        Valid = 0,

        /// <summary>The store has no record of that name: never written (or deleted).</summary>
        Missing = 1,

        /// <summary>The record is there but its checksum fails (or it is too short to hold one): a flipped bit, a
        /// truncated file, or a record written under another name.</summary>
        Damaged = 2,

        /// <summary>The checksum holds but the format version is one this code does not read (written by newer firmware).</summary>
        Unsupported = 3,
    }
}
