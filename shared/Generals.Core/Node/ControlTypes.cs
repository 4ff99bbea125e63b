namespace Generals.Core.Node
{
    /// <summary>Bounds of <see cref="ControlType"/>: a command type above <see cref="Max"/> is rejected as unknown.</summary>
    public static class ControlTypes
    {
        /// <summary>The highest command type a General understands (<see cref="ControlCodec"/> decodes 1..Max); raise it when a type is appended.</summary>
        public const int Max = (int)ControlType.ReportCounters;
    }
}
