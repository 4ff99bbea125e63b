using Generals.Core.Detection;
using Generals.Core.Links;
using Generals.Harness.Exercises;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Generals.Harness.Tests.Exercises;

/// <summary>
/// The guard around a student's class: the first exception is noted with the class and method and switches the class off;
/// later calls answer the fallback without calling the student's code again; a class that never throws is passed through.
/// </summary>
public sealed class GuardedPartsTests
{
    [Fact]
    public void GuardedLink_SendThrows_FaultNamedOnceAndTheLinkSwitchedOff()
    {
        var faults = new ExerciseFaults();
        IReliableLink student = Substitute.For<IReliableLink>();
        student.HasRoom(2).Returns(true);
        student.When(l => l.Send(2, Arg.Any<byte[]>())).Do(_ => throw new InvalidOperationException("no window"));
        var link = new GuardedLink(student, faults);

        Assert.True(link.HasRoom(2));
        link.Send(2, [1]);
        link.Send(2, [2]);
        link.Tick();

        Assert.Equal(1, faults.Count);
        Assert.Contains("Send", Assert.Single(faults.Kept), StringComparison.Ordinal);
        Assert.Contains("no window", faults.Kept[0], StringComparison.Ordinal);
        Assert.False(link.HasRoom(2));
        student.Received(1).Send(2, Arg.Any<byte[]>());
        student.DidNotReceive().Tick();
    }

    [Fact]
    public void GuardedDetector_SuspectsThrows_NeverSuspectsAgain_PastCheckTimeMovedToTheNextMillisecond()
    {
        var faults = new ExerciseFaults();
        IFailureDetector student = Substitute.For<IFailureDetector>();
        student.NextCheckMs(100).Returns(100);
        student.Suspects(Arg.Any<long>()).Throws(new ArgumentException("bad"));
        var detector = new GuardedDetector(student, faults);

        Assert.Equal(101, detector.NextCheckMs(100));
        Assert.False(detector.Suspects(150));
        Assert.False(detector.Suspects(500));

        Assert.Equal(2, faults.Count);
        student.Received(1).Suspects(Arg.Any<long>());
        Assert.Equal(long.MaxValue, detector.NextCheckMs(600));
    }

    [Fact]
    public void GuardedLink_StudentThatNeverThrows_EveryCallPassedThrough()
    {
        var faults = new ExerciseFaults();
        IReliableLink student = Substitute.For<IReliableLink>();
        var link = new GuardedLink(student, faults);

        link.Tick();
        link.Tick();

        Assert.Equal(0, faults.Count);
        student.Received(2).Tick();
    }
}
