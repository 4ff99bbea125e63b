using Generals.Core.Links;
using Generals.Core.Wire;

namespace Generals.Harness.Exercises;

/// <summary>A student's <see cref="IReliableLink"/> behind a guard: after it throws once it is switched off (sends and delivers nothing), the fault noted.</summary>
internal sealed class GuardedLink(IReliableLink inner, ExerciseFaults faults) : IReliableLink
{
    private readonly StudentGuard _guard = new(inner, faults);

    public void Boot(ILinkContext context) => _guard.Do(nameof(Boot), () => inner.Boot(context));

    public bool HasRoom(int to) => _guard.Ask(nameof(HasRoom), () => inner.HasRoom(to), false);

    public void Send(int to, byte[] message) => _guard.Do(nameof(Send), () => inner.Send(to, message));

    public void Tick() => _guard.Do(nameof(Tick), inner.Tick);

    public void OnData(Frame frame) => _guard.Do(nameof(OnData), () => inner.OnData(frame));

    public void OnAck(Frame frame) => _guard.Do(nameof(OnAck), () => inner.OnAck(frame));
}
