namespace Generals.Core.Tests.Wire;

/// <summary>Runs the kit tests alone: the remembered kit is process-wide, so a parallel decode could replace it mid-test.</summary>
[CollectionDefinition(nameof(FrameCodecKitTests), DisableParallelization = true)]
public sealed class FrameCodecKitTestsCollection
{
}
