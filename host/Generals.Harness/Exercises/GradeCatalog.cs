namespace Generals.Harness.Exercises;

/// <summary>
/// The graded checks of each lab: built-in scenarios that test the lab's concept, faulty ones included (loss, duplication,
/// reordering; a crash and a power cut; colluding, equivocating and forging traitors), a few seeds in the simulator, the
/// explorer for OM and SM, and one emulated run per lab. A lab's points add up to 20.
/// </summary>
public static class GradeCatalog
{
    /// <summary>The items of <paramref name="lab"/>, in the order they are printed.</summary>
    public static IReadOnlyList<GradeItem> For(ExerciseLab lab) => lab switch
    {
        ExerciseLab.ReliableLink =>
        [
            // Without loss a link that numbers and deduplicates passes even if it never retransmits.
            new(GradeWorld.Sim, "reliable-link", 1, "reliable-delivery", 4) { VariantName = "reliable-link (no loss: duplicates and reordering only)", Variant = s => s.Network.Loss = 0 },
            new(GradeWorld.Sim, "reliable-link", 1, "reliable-delivery", 4),
            new(GradeWorld.Sim, "reliable-link", 2, "reliable-delivery", 4),
            new(GradeWorld.Sim, "reliable-link", 3, "reliable-delivery", 4),
            new(GradeWorld.Emu, "reliable-link", 1, "reliable-delivery", 4),
        ],
        ExerciseLab.HeartbeatDetector =>
        [
            new(GradeWorld.Sim, "fd-sync-timeout", 1, "strong-completeness", 4),
            new(GradeWorld.Sim, "fd-sync-timeout", 1, "strong-accuracy", 3) { Requires = "sim fd-sync-timeout seed 1: strong-completeness" },
            new(GradeWorld.Sim, "fd-sync-timeout", 1, "detector-qos", 2) { Requires = "sim fd-sync-timeout seed 1: strong-completeness" },
            new(GradeWorld.Sim, "fd-crash-recovery", 2, "crash-recovery", 4),
            new(GradeWorld.Sim, "fd-crash-recovery", 2, "strong-accuracy", 3) { Requires = "sim fd-crash-recovery seed 2: crash-recovery" },
            new(GradeWorld.Emu, "fd-crash-recovery", 1, "crash-recovery", 4),
        ],
        ExerciseLab.OralMessages =>
        [
            new(GradeWorld.Sim, "om-n4-m1", 1, "ic1", 2),
            new(GradeWorld.Sim, "om-n4-m1", 1, "ic2", 2),
            new(GradeWorld.Sim, "om-n4-m1", 1, "termination", 2),
            new(GradeWorld.Sim, "om-n7-m2", 1, "ic1", 2),
            new(GradeWorld.Sim, "om-n7-m2", 1, "ic2", 2),
            new(GradeWorld.Sim, "om-n7-m2", 1, "termination", 2),
            new(GradeWorld.Explore, "om-n4-m1", 1, GradeItem.NoViolation, 4) { Requires = "sim om-n4-m1 seed 1: termination" },
            new(GradeWorld.Emu, "om-n4-m1", 1, "ic1", 1),
            new(GradeWorld.Emu, "om-n4-m1", 1, "ic2", 1),
            new(GradeWorld.Emu, "om-n4-m1", 1, "termination", 2),
        ],
        _ =>
        [
            new(GradeWorld.Sim, "sm-n4-m2", 1, "ic1", 2),
            new(GradeWorld.Sim, "sm-n4-m2", 1, "ic2", 2),
            new(GradeWorld.Sim, "sm-n4-m2", 1, "termination", 2),
            new(GradeWorld.Sim, "sm-n3-m1", 1, "ic1", 1),
            new(GradeWorld.Sim, "sm-n3-m1", 1, "ic2", 1),
            new(GradeWorld.Sim, "sm-forgery", 1, "ic2", 2) { Requires = "sim sm-n4-m2 seed 1: termination" },
            new(GradeWorld.Sim, "sm-forgery", 1, "forgeries-rejected", 2) { Requires = "sim sm-n4-m2 seed 1: termination" },
            new(GradeWorld.Explore, "sm-n3-m1", 1, GradeItem.NoViolation, 4) { Requires = "sim sm-n4-m2 seed 1: termination" },
            new(GradeWorld.Emu, "sm-n4-m2", 1, "ic1", 1),
            new(GradeWorld.Emu, "sm-n4-m2", 1, "ic2", 1),
            new(GradeWorld.Emu, "sm-n4-m2", 1, "termination", 2),
        ],
    };
}
