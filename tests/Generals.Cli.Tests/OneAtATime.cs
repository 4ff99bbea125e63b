// The tests here run the `generals` command, many of them as real processes against wall-clock time (emulated generals,
// virtual boards, soaks, the live view): two at once on the 2-core CI machine make each other late, and a run made late
// is judged unknown (timing-break) however right its protocol is. So this assembly runs one test class at a time; the
// pure tests (Core, Harness, Firmware) keep xUnit's parallel default in their own assemblies.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
