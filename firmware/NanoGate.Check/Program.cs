using System;
using System.IO;
using System.Linq;
using Generals.NanoGate.Check;

// nano gate: checks one gated assembly described by the file firmware/NanoGate writes (see GateInputs).
// Prints the IL and string figures on success, and one MSBuild error line per broken rule otherwise.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: NanoGate.Check <gate-inputs-file>");
    return 2;
}

GateInputs inputs = GateInputs.Read(args[0]);
GateResult result = NanoGateCompiler.CompileFiles(inputs);
if (result.Measure is not null)
{
    Console.WriteLine(result.Measure.Summary(inputs));
}

if (inputs.OutputPath is not null && !result.Image.IsEmpty)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(inputs.OutputPath))!);
    File.WriteAllBytes(inputs.OutputPath, result.Image.ToArray());
}

foreach (GateViolation violation in result.Violations)
{
    Console.WriteLine(violation.ToString());
}

if (!result.Passed)
{
    string rules = string.Join(", ", result.Violations.Select(v => v.Rule).Distinct());
    Console.WriteLine($"nano gate: {inputs.AssemblyName} breaks {rules}; nanoFramework 1.17 cannot build or run it (firmware/README.md lists the rules)");
    return 1;
}

return 0;
