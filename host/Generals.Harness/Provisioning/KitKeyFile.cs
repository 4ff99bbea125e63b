using System.Globalization;
using System.Text;
using Generals.Core.Crypto;
using Generals.Core.Wire;

namespace Generals.Harness.Provisioning;

/// <summary>
/// The kit key file `nf.keys`, next to nf.config (docs/nf-config.md): the public keys of the harness (signer 0) and of
/// every board, one line each — `&lt;signer&gt; &lt;scheme&gt; &lt;parameters or -&gt; &lt;public key hex&gt;` — with '#' comments.
/// Public, so it may be committed with the kit.
/// </summary>
public static class KitKeyFile
{
    /// <summary>The file name, in the folder of nf.config.</summary>
    public const string FileName = "nf.keys";

    /// <summary>The key file that belongs to the configuration at <paramref name="configPath"/>.</summary>
    public static string PathFor(string configPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(configPath)) ?? ".", FileName);

    /// <summary>The text of a key file.</summary>
    public static string Format(string kit, IEnumerable<KitKeyEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var text = new StringBuilder();
        text.Append("# nf.keys: public keys of kit ").Append(kit).Append(", written by `generals provision`.\n");
        text.Append("# <signer> <scheme> <parameters> <public key hex>; signer 0 is the harness.\n");
        foreach (KitKeyEntry entry in entries.OrderBy(e => e.SignerId))
        {
            text.Append(entry.SignerId.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(entry.Scheme).Append(' ')
                .Append(entry.Parameters.Length == 0 ? "-" : entry.Parameters).Append(' ')
                .Append(Hex.Encode(entry.PublicKey)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Parses a key file; every malformed line is an error "line N: ...", and the good lines are still returned.</summary>
    public static IReadOnlyList<KitKeyEntry> Parse(string text, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        var entries = new List<KitKeyEntry>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string? problem = Check(fields, entries, out KitKeyEntry? entry);
            if (problem != null)
            {
                errors.Add($"line {i + 1}: {problem}");
                continue;
            }

            entries.Add(entry!);
        }

        return entries;
    }

    /// <summary>The kit's public keys as Core's key set.</summary>
    public static PublicKeySet ToKeySet(IEnumerable<KitKeyEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var keys = new PublicKeySet();
        foreach (KitKeyEntry entry in entries)
        {
            keys.Set(entry.SignerId, entry.PublicKey);
        }

        return keys;
    }

    private static string? Check(string[] fields, List<KitKeyEntry> entries, out KitKeyEntry? entry)
    {
        entry = null;
        if (fields.Length != 4)
        {
            return "expected '<signer> <scheme> <parameters> <public key hex>'";
        }

        if (!int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out int id) || id > FrameLimits.GeneralIdMax)
        {
            return $"signer '{fields[0]}' must be 0 (the harness) to {FrameLimits.GeneralIdMax}";
        }

        if (entries.Any(e => e.SignerId == id))
        {
            return $"signer {id} listed twice";
        }

        byte[]? key = Hex.TryDecode(fields[3]);
        if (key == null || key.Length == 0)
        {
            return "the public key is not hex";
        }

        string parameters = fields[2] == "-" ? "" : fields[2];
        entry = new KitKeyEntry(id, fields[1], parameters, key);
        return null;
    }
}
