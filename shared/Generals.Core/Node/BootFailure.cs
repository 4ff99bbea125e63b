namespace Generals.Core.Node
{
    /// <summary>
    /// Why a General refused to run on the state its store holds (<see cref="TelemetryType.BootFailed"/>). It then
    /// writes nothing, sends nothing and ignores every input: a damaged state is reported, never silently reset.
    /// Numbers are on the wire: append, never renumber.
    /// </summary>
    public enum BootFailure
    {
        /// <summary>Booted.</summary>
        None = 0,

        /// <summary>A record's checksum fails (a flipped bit, a truncated file, a record under another name).</summary>
        DamagedRecord = 1,

        /// <summary>A record's checksum holds but its format is not one this code reads.</summary>
        UnsupportedRecord = 2,

        /// <summary>The incarnation record is missing while other records of this General exist: deleted or truncated, not a first boot.</summary>
        MissingIncarnation = 3,

        /// <summary>The incarnation is at its maximum: it cannot grow, and wrapping to 0 would reopen every peer's replay window.</summary>
        IncarnationExhausted = 4,
    }
}
