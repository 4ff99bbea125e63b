namespace Generals.Core.Crypto
{
    /// <summary>Makes a fresh <see cref="ISha256"/>: lets the host choose its hash while Core stays free of it.</summary>
    public delegate ISha256 Sha256Factory();
}
