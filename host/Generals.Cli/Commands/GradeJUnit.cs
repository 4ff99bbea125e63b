using System.Globalization;
using System.Xml.Linq;
using Generals.Harness.Checkers;
using Generals.Harness.Exercises;

namespace Generals.Cli.Commands;

/// <summary>
/// The grade's JUnit XML, in the demo's shape (<see cref="DemoJUnit"/>): one testsuite `generals grade LAB`, one testcase per
/// graded check named by its run and check, a failure for each check that earned nothing, its text the reasons and the report.
/// The points are in each testcase's name and in the suite's properties, for a course's gradebook.
/// </summary>
public static class GradeJUnit
{
    /// <summary>The file's name in the grade's folder when --junit does not say where.</summary>
    public const string FileName = DemoJUnit.FileName;

    public static string Render(GradeResult grade)
    {
        ArgumentNullException.ThrowIfNull(grade);
        var suite = new XElement("testsuite",
            new XAttribute("name", $"generals grade {grade.Lab.Name()}"),
            new XAttribute("tests", grade.Checks.Count),
            new XAttribute("failures", grade.Checks.Count(c => !c.Passed)),
            new XAttribute("errors", 0),
            new XAttribute("time", grade.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)),
            new XElement("properties",
                new XElement("property", new XAttribute("name", "points"), new XAttribute("value", grade.Earned)),
                new XElement("property", new XAttribute("name", "points-total"), new XAttribute("value", grade.Total)),
                new XElement("property", new XAttribute("name", "graded"), new XAttribute("value", grade.Source))));
        foreach (GradedCheck check in grade.Checks)
        {
            var testcase = new XElement("testcase",
                new XAttribute("classname", $"grade.{grade.Lab.Name()}.{check.Item.World.ToString().ToLowerInvariant()}"),
                new XAttribute("name", $"{check.Item.Id} ({check.Earned}/{check.Item.Points} points)"));
            if (!check.Passed)
            {
                testcase.Add(new XElement("failure",
                    new XAttribute("message", $"{check.Item.Check}: {check.Verdict.Name()}, 0 of {check.Item.Points} points"),
                    new XAttribute("type", check.Verdict.Name()),
                    string.Join("\n", [.. check.Reasons, .. check.RunFolder == null ? Array.Empty<string>() : [$"report: {Path.Combine(check.RunFolder, "report.html")}"]])));
            }

            suite.Add(testcase);
        }

        return new XDocument(new XElement("testsuites", suite)).ToString();
    }
}
