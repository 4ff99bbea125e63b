using System.CommandLine;
using System.Globalization;
using Generals.Harness.Provisioning;

namespace Generals.Cli.Commands;

/// <summary>`generals keys status`: each signer's scheme, parameters and remaining signatures.</summary>
public static class KeysCommand
{
    public static Command Create(CliConsole console)
    {
        var config = new Option<string>("--config")
        {
            Description = "The kit's configuration file.",
            DefaultValueFactory = _ => KitConfigFile.DefaultPath,
        };
        var secrets = new Option<string?>("--secrets")
        {
            Description = $"Folder of private keys (default: ${SecretsLocation.EnvironmentVariable}, else ~/.generals/secrets).",
        };
        var status = new Command("status", "Show each signer's scheme, parameters, remaining signatures and whether its private state is sound (checksums, both mark copies, the LMS tree recomputed).");
        status.Options.Add(config);
        status.Options.Add(secrets);
        status.SetAction(parse => Status(parse.GetValue(config)!, parse.GetValue(secrets), console));

        var keys = new Command("keys", "Inspect the kit's signing keys.");
        keys.Subcommands.Add(status);
        return keys;
    }

    private static int Status(string configPath, string? secrets, CliConsole console)
    {
        KitConfigInput.Load(configPath);
        string keyFile = KitKeyFile.PathFor(configPath);
        if (!File.Exists(keyFile))
        {
            throw new FileNotFoundException($"{keyFile}: no such file; run `generals provision` first", keyFile);
        }

        var errors = new List<string>();
        IReadOnlyList<KeyStatusRow> rows = KeyStatusReport.Read(configPath, SecretsLocation.Root(secrets), errors)
            ?? throw new InvalidDataException(string.Join('\n', errors));
        foreach (string error in errors)
        {
            console.Error.WriteLine(error);
        }

        string[][] table =
        [
            ["signer", "scheme", "parameters", "remaining", "state"],
            .. rows.Select(r => new[]
            {
                r.SignerId == 0 ? "0 (harness)" : r.SignerId.ToString(CultureInfo.InvariantCulture),
                r.Scheme,
                r.Parameters.Length == 0 ? "-" : r.Parameters,
                r.Remaining is long remaining ? KeyStatusReport.FormatRemaining(remaining) : "?",
                r.Holder == null ? r.State : $"{r.State} (in use by {r.Holder})",
            }),
        ];
        int[] widths = [.. Enumerable.Range(0, 5).Select(column => table.Max(row => row[column].Length))];
        foreach (string[] row in table)
        {
            console.Output.WriteLine(string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
        }

        return errors.Count == 0 && rows.All(r => r.Ok) ? 0 : 1;
    }
}
