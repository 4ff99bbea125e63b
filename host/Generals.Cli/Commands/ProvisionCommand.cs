using System.CommandLine;
using Generals.Harness.Provisioning;

namespace Generals.Cli.Commands;

/// <summary>`generals provision`: creates the harness key and one key per board of nf.config.</summary>
public static class ProvisionCommand
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
            Description = $"Folder for private keys, outside the repository (default: ${SecretsLocation.EnvironmentVariable}, else ~/.generals/secrets).",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace existing keys. Every signature made with the old keys stops verifying.",
        };
        var provision = new Command(
            "provision",
            "Create the harness key and one key per board in the kit's signature scheme: public keys into nf.keys next to "
            + "nf.config, private state per signer into the secrets folder.");
        provision.Options.Add(config);
        provision.Options.Add(secrets);
        provision.Options.Add(force);
        provision.SetAction(parse => Run(parse.GetValue(config)!, parse.GetValue(secrets), parse.GetValue(force), console));
        return provision;
    }

    private static int Run(string configPath, string? secrets, bool force, CliConsole console)
    {
        KitConfigInput.Load(configPath);
        ProvisionResult result = new Provisioner().Provision(configPath, SecretsLocation.Root(secrets), force);
        TextWriter writer = result.Ok ? console.Output : console.Error;
        foreach (string message in result.Messages)
        {
            writer.WriteLine(message);
        }

        return result.Ok ? 0 : 1;
    }
}
