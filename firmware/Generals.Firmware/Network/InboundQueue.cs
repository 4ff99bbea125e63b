using System.Collections;
using System.Threading;
using Generals.Core.Runtime;

namespace Generals.Firmware.Network
{
    /// <summary>
    /// The frames the MQTT client's thread received, waiting for the runtime's thread: bounded (beyond the limit the oldest
    /// is dropped and counted, as a full radio buffer would lose it: the fair-loss link's business), with a signal the
    /// runtime waits on.
    /// </summary>
    public sealed class InboundQueue
    {
        private readonly int _capacity;
        private readonly object _lock = new object();
        private readonly Queue _messages = new Queue();
        private readonly AutoResetEvent _arrived = new AutoResetEvent(false);
        private long _dropped;

        /// <summary>A queue holding at most <paramref name="capacity"/> messages.</summary>
        public InboundQueue(int capacity)
        {
            Check.That(capacity > 0, "an inbound queue holds something");
            _capacity = capacity;
        }

        /// <summary>Messages dropped because the queue was full.</summary>
        public long Dropped
        {
            get
            {
                lock (_lock)
                {
                    return _dropped;
                }
            }
        }

        /// <summary>Adds a message (any thread), dropping the oldest when full, and wakes a waiting runtime.</summary>
        public void Add(InboundMessage message)
        {
            Check.NotNull(message, "message");
            lock (_lock)
            {
                if (_messages.Count >= _capacity)
                {
                    _messages.Dequeue();
                    _dropped++;
                }

                _messages.Enqueue(message);
            }

            _arrived.Set();
        }

        /// <summary>The oldest message, or null when none is waiting.</summary>
        public InboundMessage Take()
        {
            lock (_lock)
            {
                return _messages.Count == 0 ? null : (InboundMessage)_messages.Dequeue();
            }
        }

        /// <summary>Waits up to <paramref name="timeoutMs"/> for a message; true when one is waiting.</summary>
        public bool Wait(int timeoutMs)
        {
            if (HasMessages())
            {
                return true;
            }

            _arrived.WaitOne(timeoutMs, false);
            return HasMessages();
        }

        private bool HasMessages()
        {
            lock (_lock)
            {
                return _messages.Count > 0;
            }
        }
    }
}
