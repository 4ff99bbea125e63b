using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Globalization;
using Generals.NanoGate.Analyzer;

namespace Generals.NanoGate.Check;

/// <summary>What nanoFramework's metadata processor limits, read from a compiled assembly's metadata.</summary>
/// <remarks>
/// The processor stores an assembly's bytecode and its strings in tables of at most 64 KiB each, and the number
/// of virtual, instance and static methods of a type in one byte each (at most 255). Compiler-generated methods
/// (lambdas, accessors, display classes) count like any other, which is why this reads the compiled metadata
/// instead of the source.
/// </remarks>
public sealed class AssemblyMeasure
{
    /// <summary>The most methods of one kind (static, instance, virtual) a type may have: the processor counts each in a byte.</summary>
    public const int MethodsPerKindMax = 255;

    private AssemblyMeasure(int ilBytes, int userStringBytes, IReadOnlyList<string> crowdedTypes)
    {
        IlBytes = ilBytes;
        UserStringBytes = userStringBytes;
        CrowdedTypes = crowdedTypes;
    }

    /// <summary>The sum of the IL code sizes of every method body.</summary>
    public int IlBytes { get; }

    /// <summary>The size of the user-string heap (string literals).</summary>
    public int UserStringBytes { get; }

    /// <summary>One line per type with more than <see cref="MethodsPerKindMax"/> methods of one kind.</summary>
    public IReadOnlyList<string> CrowdedTypes { get; }

    public static AssemblyMeasure Read(ImmutableArray<byte> image)
    {
        using var pe = new PEReader(image);
        MetadataReader metadata = pe.GetMetadataReader();
        int ilBytes = 0;
        var crowded = new List<string>();
        foreach (TypeDefinitionHandle handle in metadata.TypeDefinitions)
        {
            TypeDefinition type = metadata.GetTypeDefinition(handle);
            int statics = 0, instances = 0, virtuals = 0;
            foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
            {
                MethodDefinition method = metadata.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress != 0)
                {
                    ilBytes += pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()?.Length ?? 0;
                }

                if ((method.Attributes & MethodAttributes.Static) != 0)
                {
                    statics++;
                }
                else if ((method.Attributes & MethodAttributes.Virtual) != 0)
                {
                    virtuals++;
                }
                else
                {
                    instances++;
                }
            }

            AddIfCrowded(crowded, metadata, type, "static", statics);
            AddIfCrowded(crowded, metadata, type, "instance", instances);
            AddIfCrowded(crowded, metadata, type, "virtual", virtuals);
        }

        return new AssemblyMeasure(ilBytes, metadata.GetHeapSize(HeapIndex.UserString), crowded);
    }

    /// <summary>The violations of the processor's limits, measured against the budgets in <paramref name="inputs"/>.</summary>
    public IReadOnlyList<GateViolation> Violations(GateInputs inputs)
    {
        string origin = inputs.AssemblyName + ".dll";
        var violations = new List<GateViolation>();
        foreach (string crowded in CrowdedTypes)
        {
            violations.Add(new GateViolation(NanoRuleNames.MethodsPerType, "NANO020",
                $"nano gate: {NanoRuleNames.MethodsPerType}: {crowded}; nanoFramework's metadata processor counts each kind in a byte (at most {MethodsPerKindMax}): split the type", origin, 0, 0));
        }

        AddIfOver(violations, NanoRuleNames.IlBudget, "NANO021", "IL", IlBytes, inputs.IlBudgetBytes, inputs.AssemblyName, "move code into another assembly or shrink it");
        AddIfOver(violations, NanoRuleNames.StringBudget, "NANO022", "user strings", UserStringBytes, inputs.StringBudgetBytes, inputs.AssemblyName, "shorten or move string literals");
        return violations;
    }

    /// <summary>The figure printed on every build.</summary>
    public string Summary(GateInputs inputs) => string.Format(
        CultureInfo.InvariantCulture,
        "nano gate: {0} IL {1:N0} bytes of {2:N0} budget; user strings {3:N0} bytes of {4:N0} budget (metadata processor limit {5:N0} each)",
        inputs.AssemblyName, IlBytes, inputs.IlBudgetBytes, UserStringBytes, inputs.StringBudgetBytes, GateInputs.ProcessorLimitBytes);

    private static void AddIfOver(List<GateViolation> violations, string rule, string id, string what, int bytes, int budget, string assembly, string advice)
    {
        if (bytes > budget)
        {
            string text = string.Format(
                CultureInfo.InvariantCulture,
                "nano gate: {0}: {1} has {2:N0} bytes of {3}, over the {4:N0}-byte budget (the metadata processor's limit is {5:N0}); {6}",
                rule, assembly, bytes, what, budget, GateInputs.ProcessorLimitBytes, advice);
            violations.Add(new GateViolation(rule, id, text, assembly + ".dll", 0, 0));
        }
    }

    private static void AddIfCrowded(List<string> crowded, MetadataReader metadata, TypeDefinition type, string kind, int count)
    {
        if (count > MethodsPerKindMax)
        {
            string name = metadata.GetString(type.Namespace) is { Length: > 0 } ns ? ns + "." + metadata.GetString(type.Name) : metadata.GetString(type.Name);
            crowded.Add($"type {name} has {count} {kind} methods");
        }
    }
}
