using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Generals.Firmware.Tests.Project;

/// <summary>
/// One nanoFramework project file (.nfproj) and its packages.config, read as the nanoFramework project system reads them:
/// the sources its Compile items take (globs expanded the MSBuild way, Exclude applied), its References with their
/// HintPaths, and the packages it pins.
/// </summary>
internal sealed class NfProject
{
    private static readonly XNamespace Msbuild = "http://schemas.microsoft.com/developer/msbuild/2003";

    private NfProject(string path, XDocument project, XDocument packages)
    {
        Path = path;
        Folder = System.IO.Path.GetDirectoryName(path)!;
        Project = project;
        Packages = packages.Root!.Elements("package")
            .ToDictionary(p => p.Attribute("id")!.Value, p => p.Attribute("version")!.Value, StringComparer.Ordinal);
    }

    public string Path { get; }

    public string Folder { get; }

    public XDocument Project { get; }

    /// <summary>packages.config: package id to version.</summary>
    public IReadOnlyDictionary<string, string> Packages { get; }

    public string AssemblyName => Project.Descendants(Msbuild + "AssemblyName").Single().Value;

    public string OutputType => Project.Descendants(Msbuild + "OutputType").Single().Value;

    /// <summary>Each Reference: its assembly name, version and HintPath.</summary>
    public IEnumerable<(string Assembly, string Version, string HintPath)> References =>
        Project.Descendants(Msbuild + "Reference").Select(r =>
        {
            string[] include = r.Attribute("Include")!.Value.Split(',', StringSplitOptions.TrimEntries);
            string version = include.Single(p => p.StartsWith("Version=", StringComparison.Ordinal))["Version=".Length..];
            return (include[0], version, r.Element(Msbuild + "HintPath")!.Value);
        });

    /// <summary>The full paths of every file the Compile items take.</summary>
    public IReadOnlyList<string> Sources =>
        [.. Project.Descendants(Msbuild + "Compile")
            .SelectMany(c =>
            {
                string[] excluded = [.. Patterns(c.Attribute("Exclude")?.Value).SelectMany(Expand)];
                return Patterns(c.Attribute("Include")!.Value).SelectMany(Expand).Where(f => !excluded.Contains(f));
            })
            .Distinct()
            .Order(StringComparer.Ordinal)];

    public static NfProject Load(string path) =>
        new(path, XDocument.Load(path), XDocument.Load(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, "packages.config")));

    private IEnumerable<string> Patterns(string? value) =>
        (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => System.IO.Path.GetFullPath(System.IO.Path.Combine(Folder, p.Replace('\\', System.IO.Path.DirectorySeparatorChar))));

    // A path with '**' (any folders) and '*' (any name part), as MSBuild expands an item Include.
    private static IEnumerable<string> Expand(string pattern)
    {
        if (!pattern.Contains('*', StringComparison.Ordinal))
        {
            return File.Exists(pattern) ? [pattern] : [];
        }

        int wild = pattern.IndexOf('*', StringComparison.Ordinal);
        string root = pattern[..(pattern.LastIndexOf(System.IO.Path.DirectorySeparatorChar, wild) + 1)];
        if (!Directory.Exists(root))
        {
            return [];
        }

        string sep = Regex.Escape(System.IO.Path.DirectorySeparatorChar.ToString());
        string regex = "^" + Regex.Escape(pattern)
            .Replace(@"\*\*" + sep, "(.*" + sep + ")?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^" + sep + "]*", StringComparison.Ordinal) + "$";
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => Regex.IsMatch(f, regex));
    }
}
