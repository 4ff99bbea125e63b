namespace Generals.Core.Protocols
{
    /// <summary>
    /// SM(m)'s algorithm, the kit's own and the reference solution of exercise 4. Round 0: the commander signs its order
    /// and sends it to every lieutenant. A lieutenant accepts, in round r, a chain of r + 1 distinct signatures of generals
    /// of the instance, the commander's first and the sender's last, every one valid; it adds the order to V if new and,
    /// if the chain has at most m signatures, relays it signed at the start of round r + 1 to every general not yet in it.
    /// At the end it obeys choice(V): the single order if V holds one, RETREAT otherwise.
    /// </summary>
    public sealed class SignedRule : ISignedRule
    {
        /// <inheritdoc/>
        public void SendRound(ISignedView view, int round)
        {
            if (round == 0)
            {
                if (view.Self == view.Commander)
                {
                    view.SendOrder();
                }

                return;
            }

            if (view.Self == view.Commander)
            {
                return;
            }

            for (int order = ProtocolCodes.Retreat; order <= ProtocolCodes.Attack; order++)
            {
                SignedChain chain = view.TakeDue(order);
                if (chain != null && chain.Count == round)
                {
                    view.Relay(chain);
                }
            }
        }

        /// <inheritdoc/>
        public int Receive(ISignedView view, SignedChain chain, int sender, int round)
        {
            if (!ValidSigners(view, chain, sender))
            {
                return ProtocolViolation.BadChain;
            }

            for (int position = 0; position < chain.Count; position++)
            {
                if (!view.Verifies(chain, position))
                {
                    return ProtocolViolation.BadSignature;
                }
            }

            if (!view.Holds(chain.Order))
            {
                view.Add(chain.Order, chain.Count <= view.M);
            }

            return 0;
        }

        /// <inheritdoc/>
        public int Decide(ISignedView view)
        {
            if (view.Self == view.Commander)
            {
                return view.Order;
            }

            bool retreat = view.Holds(ProtocolCodes.Retreat);
            bool attack = view.Holds(ProtocolCodes.Attack);
            return attack && !retreat ? ProtocolCodes.Attack : ProtocolCodes.Retreat;
        }

        /// <summary>The commander signed first, the sender last, this general not at all, each signer a general of the instance once.</summary>
        private static bool ValidSigners(ISignedView view, SignedChain chain, int sender)
        {
            if (chain.Signer(0) != view.Commander || chain.Signer(chain.Count - 1) != sender || chain.HasSigner(view.Self))
            {
                return false;
            }

            int[] generals = view.Generals;
            for (int position = 0; position < chain.Count; position++)
            {
                int signer = chain.Signer(position);
                bool member = false;
                for (int i = 0; i < generals.Length; i++)
                {
                    member = member || generals[i] == signer;
                }

                if (!member)
                {
                    return false;
                }

                for (int earlier = 0; earlier < position; earlier++)
                {
                    if (chain.Signer(earlier) == signer)
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
