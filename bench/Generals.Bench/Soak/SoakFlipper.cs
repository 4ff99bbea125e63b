using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Harness.Provisioning;

namespace Generals.Bench.Soak;

/// <summary>
/// Chooses and applies the bit flips made between two runs, asks `keys status` about each flip in a key file, reads from
/// the next run what refused the damage, and takes the flip back afterwards (<see cref="SoakFlip.Repair"/>) so that the
/// soak can go on. What is honest to expect of each: a damaged general's record fails its boot (the run is then unknown);
/// a damaged key record, subtree or header refuses to sign or to open, and `keys status` names it; one damaged copy of
/// the mark is tolerated (the other is used); a damaged MAC key file stops its general (or the harness) from starting.
/// </summary>
public sealed class SoakFlipper(SoakKit kit, Prng random, SoakCounts counts)
{
    /// <summary>The sorts of flip and their weights (of 100): state most, every sort of key record, MAC keys.</summary>
    private static readonly (string Kind, int Weight)[] Kinds =
    [
        ("state", 35), ("key-mark", 10), ("key-marks-both", 5), ("key-record", 8), ("key-tree-next", 12), ("key-tree-any", 8),
        ("key-file-header", 7), ("mac", 15),
    ];

    /// <summary>Flips one bit somewhere chosen by weight; null when the chosen file does not exist yet (a general that never ran).</summary>
    public SoakFlip? FlipOne(string? onlyKind = null)
    {
        string kind = onlyKind ?? Choose();
        SoakFlip? flip = kind switch
        {
            "state" => State(random.NextInRange(1, SoakKit.Generals)),
            "mac" => Whole("mac", random.NextInRange(0, SoakKit.Generals), kit.MacFile),
            "key-file-header" => Header(random.NextInRange(0, SoakKit.Generals)),
            _ => Key(kind, random.NextInRange(0, SoakKit.Generals)),
        };
        if (flip == null)
        {
            return null;
        }

        counts.Add("flips/" + flip.Kind);
        if (flip.InKey)
        {
            var errors = new List<string>();
            KeyStatusRow? row = KeyStatusReport.Read(kit.ConfigPath, kit.SecretsRoot, errors)?.FirstOrDefault(r => r.SignerId == flip.Owner);
            counts.Add(row != null && row.State != "ok" ? "flips/keys-status-named-it" : "flips/keys-status-missed-it");
        }

        return flip;
    }

    /// <summary>
    /// What refused <paramref name="flip"/> in the run that followed it (read from the run's logs), then its repair;
    /// returns both ("boot-failed, restored").
    /// </summary>
    public string Settle(SoakFlip flip, SoakRunResult run)
    {
        ArgumentNullException.ThrowIfNull(flip);
        ArgumentNullException.ThrowIfNull(run);
        string repair = flip.Repair();
        counts.Add("repairs/" + repair);
        string how = Refusal(flip, run) ?? (repair == "healed" || flip.Kind == "key-mark" ? "tolerated" : "unobserved");
        counts.Add("refusals/" + how);
        return how + ", " + repair;
    }

    private static string? Refusal(SoakFlip flip, SoakRunResult run)
    {
        string log = run.NodeLog(flip.Owner);
        string harness = run.HarnessOutput;
        if (flip.Kind == "state")
        {
            return log.Contains("boot failed:", StringComparison.Ordinal) ? "boot-failed" : null;
        }

        if (flip.Owner == 0)
        {
            return harness.Contains("unplanned fault: the harness key cannot sign", StringComparison.Ordinal) ? "harness-sign-failed"
                : run.ExitCode == 65 ? "harness-refused-to-start" : null;
        }

        return log.Contains("the key cannot sign (", StringComparison.Ordinal) ? "key-refused-at-start"
            : log.Contains("error: ", StringComparison.Ordinal) ? "node-refused-to-start"
            : run.History.Contains($"\"type\":\"sign-failed\",\"general\":{flip.Owner},", StringComparison.Ordinal) ? "sign-failed"
            : null;
    }

    private string Choose()
    {
        int pick = random.NextInRange(1, Kinds.Sum(k => k.Weight));
        foreach ((string kind, int weight) in Kinds)
        {
            if (pick <= weight)
            {
                return kind;
            }

            pick -= weight;
        }

        return Kinds[0].Kind;
    }

    private SoakFlip? State(int general)
    {
        string folder = kit.StoreFolder(general);
        string[] records = Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, "*.rec").Order(StringComparer.Ordinal)] : [];
        return records.Length == 0 ? null : Whole("state", general, _ => records[random.NextInRange(0, records.Length - 1)]);
    }

    private SoakFlip? Whole(string kind, int owner, Func<int, string> pathOf)
    {
        string path = pathOf(owner);
        return File.Exists(path) ? SoakFlip.InFile(kind, owner, path, random.NextInRange(0, ((int)new FileInfo(path).Length * 8) - 1)) : null;
    }

    /// <summary>The key file's magic or record count: no process can open it then.</summary>
    private SoakFlip Header(int signer) => SoakFlip.InFile("key-file-header", signer, kit.SignerFile(signer), random.NextInRange(0, (8 * 8) - 1));

    private SoakFlip? Key(string kind, int signer)
    {
        LmsScheme.TryParseParameters(kit.Lms, out LmsParameterSet parameters, out _);
        int layers = LmsRecords.Layers(parameters);
        int layer = random.NextInRange(0, layers - 1);
        int q = kind == "key-tree-next" ? Math.Max(0, kit.Mark(signer)) : random.NextInRange(0, (1 << parameters.Height) - 1);
        string[] records = kind switch
        {
            "key-mark" => [random.NextInRange(0, 1) == 0 ? LmsRecords.Mark : LmsRecords.MarkCopy],
            "key-marks-both" => [LmsRecords.Mark, LmsRecords.MarkCopy],
            "key-record" => [LmsRecords.Key],
            _ => [LmsRecords.Subtree(layer, LmsRecords.SubtreeOf(parameters, layer, Math.Min(q, (1 << parameters.Height) - 1)))],
        };
        return SoakFlip.InKeyRecords(kind, signer, kit.SignerFile(signer), records, bits => random.NextInRange(0, bits - 1));
    }
}
