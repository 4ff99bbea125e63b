namespace Generals.Core.Runtime
{
    /// <summary>One payload taken from the network, with the channel it arrived on.</summary>
    public sealed class InboundMessage
    {
        /// <summary>Creates an inbound message; <paramref name="payload"/> must not be null.</summary>
        public InboundMessage(InboundChannel channel, byte[] payload)
        {
            Check.NotNull(payload, "payload");
            Channel = channel;
            Payload = payload;
        }

        /// <summary>Where it arrived: the protocol inbox or the harness control topic.</summary>
        public InboundChannel Channel { get; }

        /// <summary>The raw bytes, not yet decoded.</summary>
        public byte[] Payload { get; }
    }

    /// <summary>The two topics a General subscribes to.</summary>
    public enum InboundChannel
    {
        /// <summary>gl/{kit}/n/{id}/in: frames the network delivered.</summary>
        Inbox = 1,

        /// <summary>gl/{kit}/n/{id}/ctl: signed harness commands.</summary>
        Control = 2,
    }
}
