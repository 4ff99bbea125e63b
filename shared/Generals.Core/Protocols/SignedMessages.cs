using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Core.Protocols
{
    /// <summary>
    /// SM(m), as Lamport, Shostak and Pease (1982) give it, in the synchronous round model. Round 0: the commander
    /// signs its order and sends it to every lieutenant. A lieutenant that receives, in round r, an order v with a
    /// valid chain of r + 1 distinct signatures starting with the commander's and ending with the sender's, adds v
    /// to V if new and, if the chain has at most m signatures, signs it and relays it at the start of round r + 1 to
    /// every general not yet in the chain. At the last deadline it obeys choice(V): the single order if V holds one,
    /// RETREAT otherwise. A chain that does not verify is rejected and counted.
    /// </summary>
    public sealed class SignedMessages : SynchronousProtocol
    {
        /// <summary>Chains one general relays in a round: at most one per order (two), to at most 253 generals.</summary>
        public const int RelaysPerRoundMax = 2 * FrameLimits.GeneralIdMax;

        private const int ForgeAlteredOrder = 1;
        private const int ForgeLackedSignature = 2;
        private const int ForgeMisattributed = 3;

        private byte[] _previousChain;

        // What a signer signed, rebuilt here for each signature a received chain carries and for this general's own relay
        // signature: grown to the longest chain met and then reused, so checking a chain allocates nothing (SM(2) with LMS
        // rebuilds 2.5 KB per relayed signature).
        private byte[] _signingBuffer = new byte[0];

        /// <summary>SM's protocol id.</summary>
        public override int ProtocolId
        {
            get { return ProtocolCodes.SignedMessages; }
        }

        internal override bool Fits(int generals, int m)
        {
            return FitsLimits(generals, m);
        }

        /// <summary>True when SM(<paramref name="m"/>) among <paramref name="generals"/> generals fits a general's limits
        /// (<see cref="RelaysPerRoundMax"/> relays a round, a chain of at most m + 1 signatures); a StartInstance beyond them is refused.</summary>
        public static bool FitsLimits(int generals, int m)
        {
            return m >= 0 && m <= MMax && 2 * (generals - 1) <= RelaysPerRoundMax && m + 1 <= SignedChain.SignaturesMax;
        }

        internal override RoundInstance Create(uint instance, int commander, int order, int m, RoundSchedule schedule, int self, int[] generals)
        {
            return new SignedInstance(instance, commander, order, m, schedule, self, generals);
        }

        internal override void SendRound(INodeContext context, RoundInstance instance, int round)
        {
            SignedInstance signed = (SignedInstance)instance;
            if (round == 0)
            {
                if (signed.IsCommander)
                {
                    Command(context, signed);
                }

                return;
            }

            if (signed.IsCommander)
            {
                return;
            }

            for (int order = ProtocolCodes.Retreat; order <= ProtocolCodes.Attack; order++)
            {
                SignedChain chain = SignedChain.TryDecode(signed.TakeDue(order));
                if (chain != null && chain.Count == round)
                {
                    Relay(context, signed, round, chain);
                }
            }
        }

        internal override int Accept(INodeContext context, RoundInstance instance, Frame frame, out bool changed)
        {
            changed = false;
            SignedInstance signed = (SignedInstance)instance;
            SignedChain chain = SignedChain.TryDecode(frame.PayloadSource, frame.PayloadOffset, frame.PayloadLength);
            if (chain == null)
            {
                return ProtocolViolation.Malformed;
            }

            int round = frame.Stamp.Round;
            if (chain.Count != round + 1 || round > signed.M)
            {
                return ProtocolViolation.WrongRound;
            }

            if (!signed.Schedule.OnTime(round, context.NowMs))
            {
                return ProtocolViolation.Late;
            }

            if (!ValidSigners(signed, chain, frame.Route.From))
            {
                return ProtocolViolation.BadChain;
            }

            for (int position = 0; position < chain.Count; position++)
            {
                int length = chain.SigningLength(context.Kit, position);
                if (_signingBuffer.Length < length)
                {
                    _signingBuffer = new byte[length];
                }

                chain.WriteSigningBytes(context.Kit, signed.Instance, position, _signingBuffer);
                SignatureCheck check = context.Verifier.Verify(chain.Signer(position), _signingBuffer, 0, length,
                    chain.SignatureSource(position), chain.SignatureOffset(position), chain.SignatureLength(position));
                if (check != SignatureCheck.Valid)
                {
                    return ProtocolViolation.BadSignature;
                }
            }

            if (signed.FirstChain == null)
            {
                signed.FirstChain = frame.Payload;
            }

            if (signed.Holds(chain.Order))
            {
                return 0;
            }

            signed.Add(chain.Order, chain.Count <= signed.M ? frame.Payload : null);
            changed = true;
            return 0;
        }

        internal override int Decide(RoundInstance instance)
        {
            SignedInstance signed = (SignedInstance)instance;
            if (signed.IsCommander)
            {
                return signed.Order;
            }

            if (signed.Size != 1)
            {
                return ProtocolCodes.Retreat;
            }

            return signed.Holds(ProtocolCodes.Attack) ? ProtocolCodes.Attack : ProtocolCodes.Retreat;
        }

        internal override void Decided(RoundInstance instance)
        {
            SignedInstance signed = (SignedInstance)instance;
            if (signed.FirstChain != null)
            {
                _previousChain = signed.FirstChain;
            }
        }

        private void Command(INodeContext context, SignedInstance signed)
        {
            // The recipients of each order's untouched chain get it in one send (one frame on an authenticated link).
            SignedChain[] chains = new SignedChain[2];
            int[][] groups = new int[2][];
            int[] grouped = new int[2];
            TraitorPlan plan = signed.Plan;
            for (int i = 0; i < signed.Generals.Length; i++)
            {
                int recipient = signed.Generals[i];
                if (recipient == signed.Self)
                {
                    continue;
                }

                int order = plan.OrderFor(recipient, signed.Order);
                if (order == ProtocolCodes.NoOrder)
                {
                    continue;
                }

                if (chains[order] == null)
                {
                    byte[] signature = Sign(context, SignedChain.FirstSigningBytes(context.Kit, signed.Instance, order, signed.Self));
                    if (signature == null)
                    {
                        return;
                    }

                    chains[order] = SignedChain.First(order, signed.Self, signature);
                    groups[order] = new int[signed.Generals.Length];
                }

                if (plan.Strategy == TraitorStrategy.Forge)
                {
                    Send(context, signed, 0, new int[] { recipient }, 1, Forge(context, signed, ForgeMode(plan), chains[order], recipient, false));
                    continue;
                }

                groups[order][grouped[order]++] = recipient;
            }

            for (int order = 0; order < 2; order++)
            {
                if (grouped[order] > 0)
                {
                    Send(context, signed, 0, groups[order], grouped[order], chains[order]);
                }
            }
        }

        private void Relay(INodeContext context, SignedInstance signed, int round, SignedChain chain)
        {
            // Signed in the buffer that checks chains: a signer takes a whole array, so it is sized exactly, and the chains of
            // the next round's checks are as long as this one (same signers' scheme), so they reuse it.
            SignedChain unsigned = chain.Extend(signed.Self, new byte[0]);
            int length = unsigned.SigningLength(context.Kit, chain.Count);
            if (_signingBuffer.Length != length)
            {
                _signingBuffer = new byte[length];
            }

            unsigned.WriteSigningBytes(context.Kit, signed.Instance, chain.Count, _signingBuffer);
            byte[] signature = Sign(context, _signingBuffer);
            if (signature == null)
            {
                return;
            }

            SignedChain extended = chain.Extend(signed.Self, signature);
            TraitorPlan plan = signed.Plan;
            int[] group = new int[signed.Generals.Length];
            int grouped = 0;
            for (int i = 0; i < signed.Generals.Length; i++)
            {
                int recipient = signed.Generals[i];
                if (recipient == signed.Self || chain.HasSigner(recipient))
                {
                    continue;
                }

                int order = plan.OrderFor(recipient, chain.Order);
                if (order == ProtocolCodes.NoOrder)
                {
                    continue;
                }

                if (plan.Strategy == TraitorStrategy.Forge)
                {
                    Send(context, signed, round, new int[] { recipient }, 1, Forge(context, signed, ForgeMode(plan), chain, recipient, true));
                }
                else if (order != chain.Order)
                {
                    // A traitor that wants the other order sent can only alter the chain (Random) or keep quiet.
                    if (plan.Strategy == TraitorStrategy.Random)
                    {
                        Send(context, signed, round, new int[] { recipient }, 1, Forge(context, signed, ForgeAlteredOrder, chain, recipient, true));
                    }
                }
                else
                {
                    group[grouped++] = recipient;
                }
            }

            // Everyone who gets the chain as extended gets it in one send (one frame on an authenticated link).
            if (grouped > 0)
            {
                Send(context, signed, round, group, grouped, extended);
            }
        }

        /// <summary>
        /// A forged chain: the order altered under the old signatures, the earlier signatures replaced by ones the
        /// traitor does not have, or a signature attributed to a general that did not sign. Relays get the traitor's
        /// own (valid) signature over the forgery, so only the earlier signatures fail.
        /// </summary>
        private SignedChain Forge(INodeContext context, SignedInstance signed, int mode, SignedChain chain, int recipient, bool relay)
        {
            SignedChain forged;
            if (mode == ForgeMisattributed && Stranger(signed, chain, recipient) > 0)
            {
                int position = relay ? chain.Count - 1 : 0;
                forged = chain.WithSignature(position, Stranger(signed, chain, recipient), chain.Signature(position));
            }
            else if (mode == ForgeLackedSignature)
            {
                forged = chain.WithOrder(ProtocolCodes.Opposite(chain.Order));
                for (int position = 0; position < chain.Count; position++)
                {
                    forged = forged.WithSignature(position, chain.Signer(position), Flipped(chain.Signature(position)));
                }
            }
            else
            {
                forged = chain.WithOrder(ProtocolCodes.Opposite(chain.Order));
            }

            if (!relay)
            {
                return forged;
            }

            byte[] signature = Sign(context, forged.ExtensionSigningBytes(context.Kit, signed.Instance, signed.Self));
            return signature == null ? null : forged.Extend(signed.Self, signature);
        }

        private void Send(INodeContext context, SignedInstance signed, int round, int[] recipients, int count, SignedChain chain)
        {
            if (chain == null)
            {
                return;
            }

            if (chain.PayloadLength > FrameLimits.PayloadBytesMax)
            {
                Reject(context, context.Id, ProtocolViolation.ChainTooLong);
                return;
            }

            // The chain writes itself into the frame that leaves; an array of it is made only to be kept.
            IPayloadWriter payload = chain;
            if (signed.Plan.Strategy == TraitorStrategy.Replay && _previousChain != null)
            {
                payload = new PayloadBytes(_previousChain);
            }

            if (signed.FirstChain == null)
            {
                signed.FirstChain = payload == chain ? chain.Encode() : _previousChain;
            }

            SendSlot(context, signed, round, recipients, count, payload);
        }

        private static byte[] Sign(INodeContext context, byte[] message)
        {
            byte[] signature = context.Signer.Sign(message);
            if (signature == null)
            {
                context.Report(SigningKeyMonitor.FailureEvent(context.Signer));
            }

            return signature;
        }

        private static int ForgeMode(TraitorPlan plan)
        {
            long parameter = plan.Parameter;
            if (parameter >= ForgeAlteredOrder && parameter <= ForgeMisattributed)
            {
                return (int)parameter;
            }

            return ForgeAlteredOrder + plan.Choose(3);
        }

        /// <summary>The lowest general that is neither in the chain, nor this one, nor the recipient; 0 when none.</summary>
        private static int Stranger(SignedInstance signed, SignedChain chain, int recipient)
        {
            for (int i = 0; i < signed.Generals.Length; i++)
            {
                int general = signed.Generals[i];
                if (general != signed.Self && general != recipient && !chain.HasSigner(general))
                {
                    return general;
                }
            }

            return 0;
        }

        private static byte[] Flipped(byte[] signature)
        {
            byte[] flipped = new byte[signature.Length];
            for (int i = 0; i < signature.Length; i++)
            {
                flipped[i] = (byte)(signature[i] ^ 0x5A);
            }

            return flipped;
        }

        private static bool ValidSigners(SignedInstance signed, SignedChain chain, int sender)
        {
            if (chain.Signer(0) != signed.Commander || chain.Signer(chain.Count - 1) != sender || chain.HasSigner(signed.Self))
            {
                return false;
            }

            for (int position = 0; position < chain.Count; position++)
            {
                int signer = chain.Signer(position);
                if (!signed.Has(signer))
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
