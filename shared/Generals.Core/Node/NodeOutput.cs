namespace Generals.Core.Node
{
    /// <summary>One output a General wants carried out: a store write, or a publish to a topic.</summary>
    public sealed class NodeOutput
    {
        private NodeOutput(NodeOutputKind kind, string target, byte[] bytes, bool retain, bool isFrame)
        {
            Kind = kind;
            Target = target;
            Bytes = bytes;
            Retain = retain;
            IsProtocolFrame = isFrame;
        }

        /// <summary>Write or publish.</summary>
        public NodeOutputKind Kind { get; }

        /// <summary>The record name (writes) or topic (publishes).</summary>
        public string Target { get; }

        /// <summary>The record or payload bytes.</summary>
        public byte[] Bytes { get; }

        /// <summary>True for a retained publish (status).</summary>
        public bool Retain { get; }

        /// <summary>True for a frame on the wire topic (through the nemesis), false for telemetry.</summary>
        public bool IsProtocolFrame { get; }

        /// <summary>A store write; durable before any later output leaves.</summary>
        public static NodeOutput Write(string name, byte[] record)
        {
            return new NodeOutput(NodeOutputKind.StoreWrite, name, record, false, false);
        }

        /// <summary>A publish of bytes to a topic.</summary>
        public static NodeOutput Publish(string topic, byte[] payload, bool isFrame)
        {
            return new NodeOutput(NodeOutputKind.Publish, topic, payload, false, isFrame);
        }
    }

    /// <summary>What an output does.</summary>
    public enum NodeOutputKind
    {
        /// <summary>Stage a record write.</summary>
        StoreWrite = 1,

        /// <summary>Publish to a topic.</summary>
        Publish = 2,
    }
}
