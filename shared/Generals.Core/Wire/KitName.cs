namespace Generals.Core.Wire
{
    /// <summary>Kit names: 1 to 16 characters of [a-z0-9-], so they are safe as MQTT topic segments.</summary>
    public static class KitName
    {
        /// <summary>True when <paramref name="kit"/> is a valid kit name.</summary>
        public static bool IsValid(string kit)
        {
            if (kit == null || kit.Length == 0 || kit.Length > FrameLimits.KitBytesMax)
            {
                return false;
            }

            for (int i = 0; i < kit.Length; i++)
            {
                if (!IsValidByte((byte)kit[i]) || kit[i] > 127)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True for the bytes a kit name may hold.</summary>
        public static bool IsValidByte(byte b)
        {
            return (b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'0' && b <= (byte)'9') || b == (byte)'-';
        }
    }
}
