using System.CommandLine;
using Generals.Harness.Checkers;
using Generals.Harness.Exercises;
using Generals.Harness.Runs;
using Generals.Harness.Worlds.Emu;

namespace Generals.Cli.Commands;

/// <summary>
/// `generals grade PROJECT --lab N`: builds the student's project, loads its class for the lab and runs the lab's graded
/// checks with it (simulated, explored, emulated); prints points per check with the witness of each failed one and its
/// report, and writes a JUnit file. Exit 0 once graded, whatever the points; 65 when the project does not build or has no
/// class for the lab. `--reference` grades the kit's own implementation instead (full points).
/// </summary>
public static class GradeCommand
{
    public static Command Create(CliConsole console)
    {
        var project = new Argument<string?>("project") { Description = "The student's project: a folder holding a .csproj (or one level down), or the .csproj.", Arity = ArgumentArity.ZeroOrOne };
        var lab = new Option<string>("--lab") { Description = "The exercise: " + ExerciseLabs.Accepted + ".", Required = true };
        var reference = new Option<bool>("--reference") { Description = "Grade the kit's own implementation (the reference solution) instead of a project." };
        var noEmu = new Option<bool>("--no-emu") { Description = "Skip the emulated check (it then earns nothing): for a machine that cannot start processes." };
        var output = new Option<string?>("--out") { Description = "Where the run folders go (default: store/grade/<UTC time>/)." };
        var junit = new Option<string?>("--junit") { Description = $"Where the JUnit file goes (default: {GradeJUnit.FileName} in the output folder)." };
        project.Validators.Add(CliValues.NotAnOption);
        lab.Validators.Add(result =>
        {
            string? text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (text != null && ExerciseLabs.Parse(text) == null)
            {
                result.AddError($"--lab {text}: no such exercise ({ExerciseLabs.Accepted})");
            }
        });
        var command = new Command("grade", "Grade a student's exercise (exercises/README.md) with the kit's scenarios, explorer and checkers.");
        command.Arguments.Add(project);
        foreach (Option option in (Option[])[lab, reference, noEmu, output, junit])
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            parse.GetValue(project), ExerciseLabs.Parse(parse.GetValue(lab)!)!.Value, parse.GetValue(reference), parse.GetValue(noEmu),
            parse.GetValue(output), parse.GetValue(junit), console));
        return command;
    }

    private static int Run(string? project, ExerciseLab lab, bool reference, bool noEmu, string? output, string? junitPath, CliConsole console)
    {
        if ((project == null) != reference)
        {
            throw new UsageException(reference ? "--reference grades the kit's own: give no project" : "name the project to grade (or --reference)");
        }

        string root = Path.GetFullPath(output ?? RunFolder.DefaultPath("store", "grade", DateTime.UtcNow));
        OutputFolder.RefuseNonEmpty(output, force: false);
        ExerciseSource source;
        try
        {
            source = reference ? ExerciseSource.Reference : Load(project!, lab, root, console);
        }
        catch (ExerciseException e)
        {
            throw new InvalidDataException(e.Message);
        }

        console.Output.WriteLine($"generals grade: lab {(int)lab} ({lab.Name()}), {source.Name}; run folders under {root}");
        var options = new GradeOptions
        {
            OutputRoot = root,
            Launcher = noEmu ? null : GeneralsLauncher.Current(typeof(Program).Assembly.Location),
            Progress = line => console.Error.WriteLine($"  running {line}"),
        };
        GradeResult grade = Grader.GradeAsync(lab, source, options).GetAwaiter().GetResult();
        Print(grade, console.Output);
        string junit = junitPath ?? Path.Combine(root, GradeJUnit.FileName);
        OutputFolder.Write(junit, () => File.WriteAllText(junit, GradeJUnit.Render(grade)));
        console.Output.WriteLine($"junit: {junit}");
        return ExitCodes.AsExpected;
    }

    private static ExerciseSource Load(string project, ExerciseLab lab, string root, CliConsole console)
    {
        string file = ExerciseBuild.ProjectFile(project);
        console.Error.WriteLine($"building {file}");
        string assembly = ExerciseBuild.Build(file, Path.Combine(root, "build"));
        return ExerciseAssembly.Load(assembly).SourceFor(lab);
    }

    private static void Print(GradeResult grade, TextWriter output)
    {
        foreach (GradedCheck check in grade.Checks)
        {
            output.WriteLine($"{check.Earned,3}/{check.Item.Points,-3} {(check.Passed ? "pass" : "FAIL")}  {check.Item.Id} ({check.Verdict.Name()})");
            foreach (string reason in check.Reasons)
            {
                output.WriteLine($"           {reason}");
            }

            if (!check.Passed && check.RunFolder != null)
            {
                output.WriteLine($"           report: {Path.Combine(check.RunFolder, "report.html")}");
            }
        }

        output.WriteLine($"points: {grade.Earned}/{grade.Total} (lab {(int)grade.Lab}, {grade.Lab.Name()}) in {grade.Elapsed.TotalSeconds:0.0} s");
    }
}
