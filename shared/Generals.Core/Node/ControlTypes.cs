namespace Generals.Core.Node
{
    /// <summary>Bounds of <see cref="ControlType"/>: a command type above <see cref="Max"/> is rejected as unknown.</summary>
    public static class ControlTypes
    {
        /// <summary>The highest command type any module understands; raise it when a type is appended.</summary>
        public const int Max = 15;
    }
}
