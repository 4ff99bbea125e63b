namespace Generals.Core.Crypto
{
    /// <summary>What <see cref="LmsKeyCheck"/> found wrong with a stored LMS key, the first problem in the order listed.</summary>
    public enum LmsKeyProblem
    {
        /// <summary>Every record is sealed and consistent.</summary>
        None = 0,

        /// <summary>No key record.</summary>
        KeyMissing = 1,

        /// <summary>The key record's checksum or format fails.</summary>
        KeyDamaged = 2,

        /// <summary>The key is not the one of the public key it was checked against (other identifier or parameters).</summary>
        WrongKey = 3,

        /// <summary>A subtree record is missing.</summary>
        SubtreeMissing = 4,

        /// <summary>A subtree record's checksum or length fails.</summary>
        SubtreeDamaged = 5,

        /// <summary>A subtree's nodes are sealed but do not hash to their parents (or its root is not its parent's leaf).</summary>
        TreeInconsistent = 6,

        /// <summary>A leaf is not the one the key's seed gives.</summary>
        LeafMismatch = 7,

        /// <summary>The tree's root is not the public key's.</summary>
        RootMismatch = 8,

        /// <summary>Neither copy of the reservation mark is there.</summary>
        MarkMissing = 9,

        /// <summary>No copy of the reservation mark is valid and at least one is damaged.</summary>
        MarkDamaged = 10,
    }
}
