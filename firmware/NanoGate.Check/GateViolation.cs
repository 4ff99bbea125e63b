using System.Globalization;

namespace Generals.NanoGate.Check;

/// <summary>One broken gate rule, printed in MSBuild's error format so the build fails on it and names the rule.</summary>
public sealed class GateViolation
{
    public GateViolation(string rule, string id, string text, string origin, int line, int column)
    {
        Rule = rule;
        Id = id;
        Text = text;
        Origin = origin;
        Line = line;
        Column = column;
    }

    /// <summary>The rule's name (Generals.NanoGate.Analyzer.NanoRuleNames).</summary>
    public string Rule { get; }

    /// <summary>The diagnostic id: NANOnnn for the gate's own rules, CSnnnn for a compiler error.</summary>
    public string Id { get; }

    /// <summary>The message, always starting "nano gate: RULE: ".</summary>
    public string Text { get; }

    /// <summary>The source file, or the assembly for rules measured on the compiled assembly.</summary>
    public string Origin { get; }

    /// <summary>1-based; 0 when the rule has no source line.</summary>
    public int Line { get; }

    public int Column { get; }

    /// <summary>MSBuild's canonical error line: "origin(line,col): error ID: nano gate: RULE: ...".</summary>
    public override string ToString() => Line > 0
        ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): error {3}: {4}", Origin, Line, Column, Id, Text)
        : string.Format(CultureInfo.InvariantCulture, "{0}: error {1}: {2}", Origin, Id, Text);
}
