using Generals.Harness.Provisioning;
using Generals.Host.Node;

namespace Generals.Bench.Soak;

/// <summary>
/// One bit flipped in a state or key file while every process of the kit is down, and how to take it back. Taking it
/// back is only ever undoing that bit where nobody has written since (so it can never move a one-time key mark below an
/// index that was used): a general's record file or a MAC key file is restored when it still holds the flipped bytes; a
/// record inside a signer's key file (the mark copies, the key, a subtree) when that record still holds them, through the
/// key file's own store and lock; a flipped header of a key file (which no process can open) when the whole file is
/// unchanged. A record its owner rewrote since (a general's boot counter, a mark copy after a new reservation) healed.
/// </summary>
public sealed class SoakFlip
{
    private readonly byte[][] _original;
    private readonly byte[][] _flipped;

    private SoakFlip(string kind, int owner, string file, string[] records, byte[][] original, byte[][] flipped)
    {
        Kind = kind;
        Owner = owner;
        File = file;
        Records = records;
        _original = original;
        _flipped = flipped;
    }

    /// <summary>state, key-mark, key-marks-both, key-record, key-tree-next, key-tree-any, key-file-header, mac.</summary>
    public string Kind { get; }

    /// <summary>The general whose file it is (0: the harness).</summary>
    public int Owner { get; }

    public string File { get; }

    /// <summary>The records flipped inside a key file (empty for a whole-file flip).</summary>
    public IReadOnlyList<string> Records { get; }

    /// <summary>True for a flip in a signer's key file.</summary>
    public bool InKey => Kind.StartsWith("key-", StringComparison.Ordinal);

    /// <summary>Flips one bit of the file at <paramref name="path"/> (a general's record, a MAC key file, a key file's header).</summary>
    public static SoakFlip InFile(string kind, int owner, string path, int bit)
    {
        byte[] original = System.IO.File.ReadAllBytes(path);
        byte[] flipped = (byte[])original.Clone();
        flipped[bit / 8] ^= (byte)(1 << (bit % 8));
        DurableFile.System.Replace(path, flipped, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return new SoakFlip(kind, owner, path, [], [original], [flipped]);
    }

    /// <summary>
    /// Flips one bit (chosen by <paramref name="bitOf"/> from each record's length in bits) in each of <paramref name="records"/>
    /// of signer <paramref name="owner"/>'s key file, through its store (which takes the key's lock); null when a record is missing.
    /// </summary>
    public static SoakFlip? InKeyRecords(string kind, int owner, string path, string[] records, Func<int, int> bitOf)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(bitOf);
        using SecretFileStore store = SecretFileStore.Open(path, out string? why) ?? throw new InvalidOperationException(why);
        var original = new byte[records.Length][];
        var flipped = new byte[records.Length][];
        for (int i = 0; i < records.Length; i++)
        {
            byte[]? bytes = store.Read(records[i]);
            if (bytes == null)
            {
                return null;
            }

            original[i] = bytes;
            flipped[i] = (byte[])bytes.Clone();
            int bit = bitOf(bytes.Length * 8);
            flipped[i][bit / 8] ^= (byte)(1 << (bit % 8));
            store.Write(records[i], flipped[i]);
        }

        store.Flush();
        return new SoakFlip(kind, owner, path, records, original, flipped);
    }

    /// <summary>Undoes the flip where nobody wrote since; returns what it found: restored, healed, or unrepairable.</summary>
    public string Repair()
    {
        if (Records.Count == 0)
        {
            if (!System.IO.File.Exists(File))
            {
                return Kind == "state" ? "healed" : "unrepairable";
            }

            byte[] now = System.IO.File.ReadAllBytes(File);
            if (now.AsSpan().SequenceEqual(_flipped[0]))
            {
                DurableFile.System.Replace(File, _original[0], UnixFileMode.UserRead | UnixFileMode.UserWrite);
                return "restored";
            }

            // A general's record file is rewritten whole by its general (healed); a key or MAC file's header is never
            // rewritten while no process can open it, and a MAC file never: anything else there is not ours to guess.
            return Kind == "state" ? "healed" : "unrepairable";
        }

        using SecretFileStore store = SecretFileStore.Open(File, out string? why) ?? throw new InvalidOperationException(why);
        int restored = 0;
        for (int i = 0; i < Records.Count; i++)
        {
            if (store.Read(Records[i]) is { } now && now.AsSpan().SequenceEqual(_flipped[i]))
            {
                store.Write(Records[i], _original[i]);
                restored++;
            }
        }

        store.Flush();
        return restored > 0 ? "restored" : "healed";
    }
}
