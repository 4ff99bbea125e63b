using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// The sequence numbers of the harness's control commands on one kit. A general keeps the last sequence it accepted
/// (`node/control-floor`) and refuses anything at or below it as a replay, so on a kit that outlives runs
/// (`generals run --kit`) the harness must go on where the last harness stopped, even one killed with kill -9. As the
/// LMS mark does, it reserves numbers in blocks: before it hands out a number at the mark it makes mark + block durable
/// (sealed record <see cref="RecordName"/> in the harness's store, `data/harness` of the kit), and a new harness resumes
/// at the mark. A damaged record is refused, never read as zero (the commands would all be refused as replays).
/// </summary>
public sealed class ControlSequence
{
    /// <summary>The record that holds the mark.</summary>
    public const string RecordName = "harness/control-mark";

    /// <summary>
    /// Numbers reserved per write: one durable write per 256 commands, and at most 255 numbers skipped per harness process,
    /// which the 32-bit sequence can afford for some 16 million runs.
    /// </summary>
    public const uint Block = 256;

    private readonly IStore _store;
    private readonly Lock _lock = new();
    private uint _mark;
    private uint _next;

    private ControlSequence(IStore store, uint mark)
    {
        _store = store;
        _mark = mark;
        _next = mark;
    }

    /// <summary>Resumes at the mark in <paramref name="store"/> (a fresh store starts at 0); throws on a damaged record.</summary>
    public static ControlSequence Open(IStore store, string where)
    {
        ArgumentNullException.ThrowIfNull(store);
        RecordState state = SealedRecord.Read(store, RecordName, out byte[] payload);
        return state switch
        {
            RecordState.Missing => new ControlSequence(store, 0),
            RecordState.Valid when payload.Length == 4 => new ControlSequence(store, Bytes.ReadUInt32(payload, 0)),
            _ => throw new InvalidDataException(
                $"{where}: the harness's record {RecordName} is damaged ({state}); generals would refuse its commands as replays if it started again at 0 "
                + "(put the record back from a backup, or give every general a new data folder)"),
        };
    }

    /// <summary>The next sequence number, durable as reserved before it is returned.</summary>
    public uint Next()
    {
        lock (_lock)
        {
            if (_next == uint.MaxValue)
            {
                throw new InvalidOperationException("the harness's control sequence of this kit is used up; give every general a new data folder");
            }

            uint next = _next + 1;
            if (next > _mark)
            {
                uint mark = next > uint.MaxValue - Block ? uint.MaxValue : next + Block;
                byte[] payload = new byte[4];
                Bytes.WriteUInt32(payload, 0, mark);
                _store.Write(RecordName, SealedRecord.Seal(RecordName, payload));
                _store.Flush();
                _mark = mark;
            }

            _next = next;
            return next;
        }
    }
}
