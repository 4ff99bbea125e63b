using Generals.Core.Detection;
using Generals.Core.Links;
using Generals.Core.Protocols;

namespace Generals.Core.Node
{
    /// <summary>The modules every General runs, on every runtime (sim, emulated process, board).</summary>
    public static class StandardModules
    {
        /// <summary>A fresh set of modules for one boot.</summary>
        public static INodeModule[] Create()
        {
            return Create(null);
        }

        /// <summary>A fresh set of modules for one boot, with an exercise's parts where <paramref name="parts"/> has them (null: none).</summary>
        public static INodeModule[] Create(ExerciseParts parts)
        {
            return new INodeModule[]
            {
                new StreamModule(),
                new DetectorModule(parts != null ? parts.Detectors : null),
                new TwoGenerals(),
                new OralMessages(parts != null ? parts.Oral : null),
                new SignedMessages(parts != null ? parts.Signed : null),
            };
        }

        /// <summary>A General with the modules of <see cref="Create(ExerciseParts)"/> and the exercise's reliable link, if any.</summary>
        public static General CreateGeneral(NodeSettings settings, ExerciseParts parts)
        {
            return new General(settings, Create(parts), parts != null ? parts.Link : null);
        }
    }
}
