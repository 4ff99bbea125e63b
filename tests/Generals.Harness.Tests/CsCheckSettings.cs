using System.Runtime.CompilerServices;

namespace Generals.Harness.Tests;

/// <summary>
/// CsCheck samples on every core by default; several properties here exercise one stateful object (a General,
/// an LMS signer or key ring, the decoder's kit cache), which is single-threaded by design, as on a board.
/// One sampling thread keeps those properties honest instead of racy.
/// </summary>
internal static class CsCheckSettings
{
    [ModuleInitializer]
    internal static void SingleThreaded() => Environment.SetEnvironmentVariable("CsCheck_Threads", "1");
}
