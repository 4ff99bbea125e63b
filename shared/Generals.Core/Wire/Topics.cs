namespace Generals.Core.Wire
{
    /// <summary>The MQTT topic names of DESIGN section 6. Every runtime, the sim included, addresses by these.</summary>
    public static class Topics
    {
        /// <summary>gl/{kit}/wire/{from}: every frame a General sends.</summary>
        public static string Wire(string kit, int from)
        {
            return "gl/" + kit + "/wire/" + from.ToString();
        }

        /// <summary>gl/{kit}/n/{id}/in: frames the network delivers to General <paramref name="id"/>.</summary>
        public static string Inbox(string kit, int id)
        {
            return Node(kit, id) + "/in";
        }

        /// <summary>gl/{kit}/n/{id}/status: retained online/offline.</summary>
        public static string Status(string kit, int id)
        {
            return Node(kit, id) + "/status";
        }

        /// <summary>gl/{kit}/n/{id}/events: telemetry.</summary>
        public static string Events(string kit, int id)
        {
            return Node(kit, id) + "/events";
        }

        /// <summary>gl/{kit}/n/{id}/ctl: signed harness commands.</summary>
        public static string Control(string kit, int id)
        {
            return Node(kit, id) + "/ctl";
        }

        /// <summary>The wildcard the harness subscribes to for every wire topic of a kit.</summary>
        public static string AllWire(string kit)
        {
            return "gl/" + kit + "/wire/+";
        }

        private static string Node(string kit, int id)
        {
            return "gl/" + kit + "/n/" + id.ToString();
        }
    }
}
