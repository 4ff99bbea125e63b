using System.Text.RegularExpressions;
using Generals.NanoGate.Check;

namespace Generals.Firmware.Tests.Project;

/// <summary>
/// The board's nanoFramework projects cannot be built here (no nanoFramework MSBuild SDK), so these check what a build
/// would rely on: each .nfproj compiles exactly the sources the nano gate checked for its assembly, every package of its
/// packages.config has a Reference whose HintPath is that package's version, and the versions are firmware/README.md's.
/// </summary>
public class NfProjectTests
{
    public static TheoryData<string, string> BoardAssemblies => new()
    {
        { "Generals.Core.Nano/Generals.Core.nfproj", "Generals.Core" },
        { "Generals.Modules.Nano/Generals.Modules.nfproj", "Generals.Modules" },
        { "Generals.Firmware/Generals.Firmware.nfproj", "Generals.Firmware" },
    };

    [Theory]
    [MemberData(nameof(BoardAssemblies))]
    public void Nfproj_BoardAssembly_CompilesExactlyTheSourcesTheNanoGateChecked(string project, string assembly)
    {
        NfProject nfproj = Load(project);
        GateInputs gated = Gated(assembly);

        Assert.Equal(assembly, nfproj.AssemblyName);
        Assert.NotEmpty(nfproj.Sources);
        Assert.Equal(gated.Sources.Select(Path.GetFullPath).Order(StringComparer.Ordinal), nfproj.Sources);
    }

    [Fact]
    public void Nfproj_Application_CompilesEveryFirmwareSourceFileAndRunsProgramMain()
    {
        NfProject firmware = Load("Generals.Firmware/Generals.Firmware.nfproj");
        string[] files = [.. Directory.EnumerateFiles(RepoPaths.Combine("firmware", "Generals.Firmware"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

        Assert.Equal(files, firmware.Sources);
        Assert.Equal("Exe", firmware.OutputType);
        Assert.Contains(files, f => f.EndsWith(Path.Combine("Nano", "Program.cs"), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BoardAssemblies))]
    public void Nfproj_EveryPackage_HasAReferenceWithAHintPathOfItsVersion(string project, string assembly)
    {
        NfProject nfproj = Load(project);
        var hinted = nfproj.References.Select(r => (r.Version, Package: HintedPackage(r.HintPath))).ToList();

        Assert.All(nfproj.Packages, p => Assert.Contains(hinted, h => h.Package == (p.Key, p.Value)));
        Assert.All(hinted, h =>
        {
            Assert.True(nfproj.Packages.TryGetValue(h.Package.Id, out string? version), $"{assembly}: {h.Package.Id} is not in packages.config");
            Assert.Equal(version, h.Package.Version);
            Assert.StartsWith(version + ".", h.Version, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void PackagesConfig_EveryVersion_IsTheOneFirmwareReadmeDocuments()
    {
        Dictionary<string, string> documented = Documented();
        var pinned = BoardAssemblies.Select(row => Load((string)row[0])).SelectMany(p => p.Packages).ToList();

        Assert.All(pinned, p => Assert.Equal(documented.GetValueOrDefault(p.Key, "(not documented)"), p.Value));
        Assert.Equal(documented.Keys.Order(StringComparer.Ordinal), pinned.Select(p => p.Key).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal("1.17.11", documented["nanoFramework.CoreLibrary"]);
    }

    [Theory]
    [MemberData(nameof(BoardAssemblies))]
    public void NanoGate_PackagesOfAnAssembly_AreAllInItsPackagesConfig(string project, string assembly)
    {
        NfProject nfproj = Load(project);
        string[] surfaces = [.. Gated(assembly).References.Skip(1)
            .Where(r => r.Contains($"{Path.DirectorySeparatorChar}NanoSurface{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension)!];

        Assert.NotEmpty(surfaces);
        Assert.All(surfaces, s => Assert.Contains(s, nfproj.Packages.Keys));
    }

    [Fact]
    public void Nfproj_ProjectReferences_AreTheAssembliesTheNanoGateCompiledAgainst()
    {
        Assert.Equal(["Generals.Core"], ProjectReferences("Generals.Modules.Nano/Generals.Modules.nfproj"));
        Assert.Equal(["Generals.Core", "Generals.Modules"], ProjectReferences("Generals.Firmware/Generals.Firmware.nfproj"));
        Assert.Equal(["Generals.Core.dll", "Generals.Modules.dll"], Gated("Generals.Firmware").References
            .Where(r => r.Contains($"{Path.DirectorySeparatorChar}nano{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static NfProject Load(string relative) => NfProject.Load(RepoPaths.Combine(["firmware", .. relative.Split('/')]));

    private static GateInputs Gated(string assembly) =>
        GateInputs.Read(RepoPaths.Combine("firmware", "NanoGate", "bin", RepoPaths.Configuration, "net10.0", "nano", assembly + ".inputs"));

    private static string[] ProjectReferences(string relative) =>
        [.. Load(relative).Project.Descendants().Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => e.Elements().Single(n => n.Name.LocalName == "Name").Value).Order(StringComparer.Ordinal)];

    // ..\packages\<id>.<version>\lib\<file>: the id and version the HintPath names.
    private static (string Id, string Version) HintedPackage(string hintPath)
    {
        Match match = Regex.Match(hintPath, @"^\.\.\\packages\\(?<folder>[^\\]+)\\lib\\[^\\]+\.dll$");
        Assert.True(match.Success, $"HintPath '{hintPath}' is not ..\\packages\\<id>.<version>\\lib\\<assembly>.dll");
        Match folder = Regex.Match(match.Groups["folder"].Value, @"^(?<id>.+?)\.(?<version>\d+\.\d+\.\d+)$");
        return (folder.Groups["id"].Value, folder.Groups["version"].Value);
    }

    // The package table of firmware/README.md: | `id` | **version** | ... |
    private static Dictionary<string, string> Documented() =>
        Regex.Matches(File.ReadAllText(RepoPaths.Combine("firmware", "README.md")), @"^\| `(?<id>nanoFramework\.[A-Za-z0-9.]+)` \| \*\*(?<version>[0-9.]+)\*\* \|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups["id"].Value, m => m.Groups["version"].Value, StringComparer.Ordinal);
}
