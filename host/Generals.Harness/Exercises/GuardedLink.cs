using Generals.Core.Links;
using Generals.Core.Wire;

namespace Generals.Harness.Exercises;

/// <summary>A student's <see cref="IReliableLink"/> behind a guard: after it throws once it is switched off (sends and delivers nothing), the fault noted.</summary>
internal sealed class GuardedLink(IReliableLink inner, ExerciseFaults faults) : IReliableLink
{
    private bool _failed;

    private string Name => inner.GetType().Name;

    public void Boot(ILinkContext context) => Guard(nameof(Boot), () => inner.Boot(context));

    public bool HasRoom(int to)
    {
        bool room = false;
        Guard(nameof(HasRoom), () => room = inner.HasRoom(to));
        return room;
    }

    public void Send(int to, byte[] message) => Guard(nameof(Send), () => inner.Send(to, message));

    public void Tick() => Guard(nameof(Tick), inner.Tick);

    public void OnData(Frame frame) => Guard(nameof(OnData), () => inner.OnData(frame));

    public void OnAck(Frame frame) => Guard(nameof(OnAck), () => inner.OnAck(frame));

    private void Guard(string method, Action call)
    {
        if (_failed)
        {
            return;
        }

        try
        {
            call();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _failed = true;
            faults.Threw($"{Name}.{method}", e);
        }
    }
}
