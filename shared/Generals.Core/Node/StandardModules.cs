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
            return new INodeModule[]
            {
                new StreamModule(),
                new DetectorModule(),
                new TwoGenerals(),
                new OralMessages(),
                new SignedMessages(),
            };
        }
    }
}
