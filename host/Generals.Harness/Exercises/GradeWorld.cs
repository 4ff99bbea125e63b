namespace Generals.Harness.Exercises;

/// <summary>Where a graded check runs.</summary>
public enum GradeWorld
{
    /// <summary>One simulated run of the scenario with the seed.</summary>
    Sim,

    /// <summary>One run on emulated generals (`generals node` processes loading the student's assembly).</summary>
    Emu,

    /// <summary>The explorer's search of traitor behaviours (`generals explore`): the points when it finds no violation.</summary>
    Explore,
}
