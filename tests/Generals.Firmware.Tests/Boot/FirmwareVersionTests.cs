using System.Xml.Linq;
using Generals.Core.Runtime;
using Generals.Firmware.Boot;

namespace Generals.Firmware.Tests.Boot;

/// <summary>The firmware states the version the whole repository builds (Directory.Build.props), which `generals --version` prints.</summary>
public sealed class FirmwareVersionTests
{
    [Fact]
    public void FirmwareVersion_IsTheRepositorysVersion()
    {
        string text = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props")).Descendants("Version").Single().Value;
        var version = Version.Parse(text);

        Assert.Equal(BootReport.Version(version.Major, version.Minor, version.Build), BootSequence.FirmwareVersion);
    }
}
