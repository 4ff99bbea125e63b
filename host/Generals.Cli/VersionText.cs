using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Generals.Cli;

/// <summary>
/// What `generals --version` prints: this harness's version (and the commit it was built from) and the firmware version its
/// boards must run. Both come from Directory.Build.props's Version: the firmware's BootSequence states the same number, and
/// a firmware test holds the two together.
/// </summary>
public sealed class VersionText : SynchronousCommandLineAction
{
    /// <summary>"0.1.0+f8f39f6..." (the informational version the build stamps).</summary>
    public static string Harness =>
        typeof(VersionText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>major.minor.patch of the firmware the boards of this release run (the kit's nf.config `firmware`).</summary>
    public static string Firmware
    {
        get
        {
            Version version = typeof(VersionText).Assembly.GetName().Version ?? new Version(0, 0, 0);
            return $"{version.Major}.{version.Minor}.{Math.Max(version.Build, 0)}";
        }
    }

    /// <summary>Replaces the root command's standard version action by this one.</summary>
    public static void Use(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Options.OfType<VersionOption>().Single().Action = new VersionText();
    }

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine($"generals {Harness}");
        parseResult.InvocationConfiguration.Output.WriteLine($"firmware {Firmware} (what this harness's boards run: `generals flash` writes it)");
        return 0;
    }
}
