package org.openrcm.x12.ack;

import java.time.LocalDateTime;
import java.util.List;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.X12Writer;
import org.openrcm.x12.X12Writer.GroupHeader;
import org.openrcm.x12.X12Writer.InterchangeHeader;
import org.openrcm.x12.ack.ImplementationAck.Context;
import org.openrcm.x12.ack.ImplementationAck.ElementError;
import org.openrcm.x12.ack.ImplementationAck.SegmentError;
import org.openrcm.x12.ack.ImplementationAck.TransactionSetAck;

/**
 * Writes acknowledgments: a 999 interchange (one functional group FA, one 999 transaction set per acknowledged group)
 * and a TA1 interchange (the TA1 alone between ISA and IEA, no functional group). Interchange, group and transaction
 * set control numbers come from one {@link ControlNumbers}.
 */
public final class AckWriter {

    /** The guide the 999s are written under (GS08, ST03). */
    public static final String VERSION = "005010X231A1";

    /**
     * Who sends the acknowledgment and who receives it: for an answer, the receiver of the acknowledged interchange
     * becomes the sender. {@code applicationSender}/{@code applicationReceiver} go in GS02/GS03 of a 999.
     */
    public record Parties(
            String senderQualifier,
            String senderId,
            String receiverQualifier,
            String receiverId,
            String applicationSender,
            String applicationReceiver,
            boolean production) {}

    private final ControlNumbers numbers;

    public AckWriter(ControlNumbers numbers) {
        this.numbers = numbers;
    }

    /** Writes one interchange holding one functional group FA with one 999 per element of {@code acks}. */
    public void implementationAcks(
            X12Writer out, Parties parties, LocalDateTime created, List<ImplementationAck> acks) {
        out.beginInterchange(header(parties, created));
        out.beginGroup(new GroupHeader(
                "FA", parties.applicationSender(), parties.applicationReceiver(), created, numbers.next(), VERSION));
        for (ImplementationAck ack : acks) {
            transactionSet(out, ack);
        }
        out.endGroup();
        out.endInterchange();
    }

    /** Writes one interchange that holds only the TA1 (IEA01 is then 0). */
    public void interchangeAck(X12Writer out, Parties parties, LocalDateTime created, InterchangeAck ack) {
        out.beginInterchange(header(parties, created));
        out.segment("TA1", ack.controlNumber(), ack.date(), ack.time(), ack.status(), ack.noteCode());
        out.endInterchange();
    }

    /** Writes one 999 transaction set (ST … SE) inside a group the caller has opened. */
    public void transactionSet(X12Writer out, ImplementationAck ack) {
        out.beginTransaction("999", String.format("%04d", numbers.next()), VERSION);
        out.segment("AK1", ack.functionalId(), ack.groupControl(), ack.version());
        for (TransactionSetAck set : ack.transactionSets()) {
            out.segment("AK2", set.transactionSet(), set.controlNumber(), set.version());
            for (SegmentError e : set.segmentErrors()) {
                out.segment("IK3", e.segmentId(), Integer.toString(e.position()), e.loop(), e.code());
                for (Context c : e.context()) {
                    context(out, c);
                }
                for (ElementError el : e.elementErrors()) {
                    out.segment(
                            "IK4",
                            out.composite(
                                    Integer.toString(el.position()), blank(el.component()), blank(el.repetition())),
                            el.elementReference(),
                            el.code(),
                            el.badValue());
                    for (Context c : el.context()) {
                        context(out, c);
                    }
                }
            }
            out.segment("IK5", codes(set.status(), set.codes(), 5));
        }
        String[] ak9 = new String[4 + Math.min(5, ack.codes().size())];
        ak9[0] = ack.status();
        ak9[1] = Integer.toString(ack.included());
        ak9[2] = Integer.toString(ack.received());
        ak9[3] = Integer.toString(ack.accepted());
        for (int i = 4; i < ak9.length; i++) {
            ak9[i] = ack.codes().get(i - 4);
        }
        out.segment("AK9", ak9);
        out.endTransaction();
    }

    private static void context(X12Writer out, Context c) {
        out.segment(
                "CTX",
                out.composite(c.name(), c.reference()),
                c.segmentId(),
                blank(c.position()),
                c.loop(),
                out.composite(blank(c.element()), blank(c.component()), blank(c.repetition())),
                c.elementReference());
    }

    private static String[] codes(String status, List<String> codes, int max) {
        String[] out = new String[1 + Math.min(max, codes.size())];
        out[0] = status;
        for (int i = 1; i < out.length; i++) {
            out[i] = codes.get(i - 1);
        }
        return out;
    }

    private static String blank(int n) {
        return n == 0 ? "" : Integer.toString(n);
    }

    private InterchangeHeader header(Parties p, LocalDateTime created) {
        return InterchangeHeader.of(
                p.senderQualifier(),
                p.senderId(),
                p.receiverQualifier(),
                p.receiverId(),
                created,
                numbers.next(),
                p.production());
    }
}
