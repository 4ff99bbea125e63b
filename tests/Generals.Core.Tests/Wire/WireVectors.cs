namespace Generals.Core.Tests.Wire;

/// <summary>The hex test vectors of docs/wire-format.md, read from the document itself.</summary>
public static class WireVectors
{
    public sealed record Vector(string Name, string Hex, string Expect)
    {
        public bool IsValid => Expect == "ok";

        public override string ToString() => Name;
    }

    public static IReadOnlyList<Vector> All { get; } = Load();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (Vector v in All)
        {
            data.Add(v.Name);
        }

        return data;
    }

    public static Vector Get(string name) => All.Single(v => v.Name == name);

    private static List<Vector> Load()
    {
        string[] lines = File.ReadAllLines(RepoPaths.Combine("docs", "wire-format.md"));
        int start = Array.IndexOf(lines, "```vectors");
        if (start < 0)
        {
            throw new InvalidOperationException("docs/wire-format.md has no ```vectors block");
        }

        var vectors = new List<Vector>();
        for (int i = start + 1; lines[i] != "```"; i++)
        {
            string[] parts = lines[i].Split('|', StringSplitOptions.TrimEntries);
            vectors.Add(new Vector(parts[0], parts[1], parts[2]));
        }

        return vectors;
    }
}
