using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Generals.Harness.Plan;

/// <summary>Reads and writes the plan's enums in YAML by their <see cref="PlanNames"/> spellings, and nothing else (no C# names, no numbers but a command's).</summary>
public sealed class PlanEnumConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => PlanNames.Has(type);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        ArgumentNullException.ThrowIfNull(parser);
        Scalar scalar = parser.Consume<Scalar>();
        return PlanNames.TryParse(type, scalar.Value, out object? value)
            ? value
            : throw new YamlException(scalar.Start, scalar.End, PlanNames.Unknown(type, scalar.Value));
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(emitter);
        ArgumentNullException.ThrowIfNull(value);
        emitter.Emit(new Scalar(PlanNames.Of(type, value)));
    }
}
