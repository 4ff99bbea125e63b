namespace Generals.Core.Runtime
{
    /// <summary>A transport's one connection attempt to broker number <c>broker</c> of its list, for <see cref="BrokerFailover"/>.</summary>
    public interface IBrokerDialer
    {
        /// <summary>One attempt to connect (and subscribe) to the broker at index <paramref name="broker"/>; whether it is connected.</summary>
        bool Dial(int broker);
    }
}
