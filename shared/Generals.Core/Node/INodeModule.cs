using Generals.Core.Wire;

namespace Generals.Core.Node
{
    /// <summary>
    /// One capability of a General (a reliable-link stream, a protocol, a failure detector), composed by
    /// <see cref="General"/>. Sans-I/O: it acts only through the <see cref="INodeContext"/> it is handed.
    /// </summary>
    public interface INodeModule
    {
        /// <summary>Called once per boot, after the incarnation was bumped; reload persisted state here.</summary>
        void Boot(INodeContext context);

        /// <summary>True when this module handles the (already authenticated and deduplicated) frame.</summary>
        bool Accepts(Frame frame);

        /// <summary>A frame this module accepted. Never throws for bad content: reject and count instead.</summary>
        void Receive(INodeContext context, Frame frame);

        /// <summary>Time passed; the module acts on its deadlines and asks for its next wake-up.</summary>
        void Tick(INodeContext context);

        /// <summary>A verified harness command; modules ignore commands that are not theirs.</summary>
        void Control(INodeContext context, ControlCommand command);
    }
}
