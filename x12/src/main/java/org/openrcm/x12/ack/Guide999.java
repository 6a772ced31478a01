package org.openrcm.x12.ack;

import static org.openrcm.x12.ig.Rules.*;

import org.openrcm.x12.ig.ElementRule;
import org.openrcm.x12.ig.Guide;

/**
 * Implementation Acknowledgment (005010X231A1): the structure of the implementation guide, with the 999 code lists,
 * and its reader (one {@link ImplementationAck} per 999 transaction set).
 *
 * <p>Loop identifiers (IK303, CTX04) are taken up to 6 characters: the HIPAA guides name loops such as {@code 2010AA}
 * and the 999s the industry exchanges carry them whole.
 */
public final class Guide999 {

    /** IK304: implementation segment syntax error codes. */
    static final String[] SEGMENT_ERRORS = codes("1 2 3 4 5 6 7 8 I4 I6 I7 I8 I9");

    /** IK403: implementation data element syntax error codes. */
    static final String[] ELEMENT_ERRORS = codes("1 2 3 4 5 6 7 8 9 10 12 13 I10 I11 I12 I13 I6 I9");

    /** IK502-IK506: transaction set syntax error codes (X12 718). */
    static final String[] TRANSACTION_ERRORS =
            codes("1 2 3 4 5 6 7 8 9 10 11 12 13 15 16 17 18 19 23 24 25 26 27 I5 I6");

    /** AK905-AK909: functional group syntax error codes (X12 716). */
    static final String[] GROUP_ERRORS = codes("1 2 3 4 5 6 10 11 12 13 14 15 16 17 18 19 23 24 25 26");

    /** IK501: transaction set acknowledgment codes. */
    static final String[] TRANSACTION_STATUS = codes("A E M R W X");

    /** AK901: functional group acknowledgment codes. */
    static final String[] GROUP_STATUS = codes("A E M P R W X");

    static final String SITUATIONAL_TRIGGER = "SITUATIONAL TRIGGER";

    public static final Guide GUIDE = new Guide(
            "999",
            "005010X231A1",
            "Implementation Acknowledgment",
            loop(
                    "",
                    "Implementation Acknowledgment",
                    R,
                    1,
                    seg(
                            "ST",
                            "Transaction Set Header",
                            R,
                            1,
                            el(1, R, ID, 3, 3, "999"),
                            el(2, R, AN, 4, 9),
                            el(3, R, AN, 1, 35, "005010X231A1", "005010X231")),
                    seg(
                            "AK1",
                            "Functional Group Response Header",
                            R,
                            1,
                            el(1, R, ID, 2, 2),
                            el(2, R, N0, 1, 9),
                            el(3, R, AN, 1, 12)),
                    loop(
                            "2000",
                            "Transaction Set Response Header",
                            S,
                            UNBOUNDED,
                            seg(
                                    "AK2",
                                    "Transaction Set Response Header",
                                    R,
                                    1,
                                    el(1, R, ID, 3, 3),
                                    el(2, R, AN, 4, 9),
                                    el(3, S, AN, 1, 35)),
                            loop(
                                    "2100",
                                    "Error Identification",
                                    S,
                                    UNBOUNDED,
                                    seg(
                                            "IK3",
                                            "Error Identification",
                                            R,
                                            1,
                                            el(1, R, ID, 2, 3),
                                            el(2, R, N0, 1, 10),
                                            el(3, S, AN, 1, 6),
                                            el(4, S, ID, 1, 3, SEGMENT_ERRORS)),
                                    contextSegment("Segment Context", 9).whenComponent(1, 1, SITUATIONAL_TRIGGER),
                                    seg(
                                            "CTX",
                                            "Business Unit Identifier",
                                            S,
                                            1,
                                            composite(1, R),
                                            comp(1, 1, R, AN, 1, 35),
                                            comp(1, 2, R, AN, 1, 35),
                                            el(2, N, ID, 2, 3),
                                            el(3, N, N0, 1, 10),
                                            el(4, N, AN, 1, 6),
                                            composite(5, S),
                                            comp(5, 1, R, N0, 1, 2),
                                            comp(5, 2, S, N0, 1, 2),
                                            comp(5, 3, S, N0, 1, 4),
                                            composite(6, N)),
                                    loop(
                                            "2110",
                                            "Implementation Data Element Note",
                                            S,
                                            99,
                                            seg(
                                                    "IK4",
                                                    "Implementation Data Element Note",
                                                    R,
                                                    1,
                                                    composite(1, R),
                                                    comp(1, 1, R, N0, 1, 2),
                                                    comp(1, 2, S, N0, 1, 2),
                                                    comp(1, 3, S, N0, 1, 4),
                                                    el(2, S, N0, 1, 4),
                                                    el(3, R, ID, 1, 3, ELEMENT_ERRORS),
                                                    el(4, S, AN, 1, 99)),
                                            contextSegment("Element Context", 10))),
                            seg(
                                    "IK5",
                                    "Transaction Set Response Trailer",
                                    R,
                                    1,
                                    el(1, R, ID, 1, 1, TRANSACTION_STATUS),
                                    el(2, S, ID, 1, 3, TRANSACTION_ERRORS),
                                    el(3, S, ID, 1, 3, TRANSACTION_ERRORS),
                                    el(4, S, ID, 1, 3, TRANSACTION_ERRORS),
                                    el(5, S, ID, 1, 3, TRANSACTION_ERRORS),
                                    el(6, S, ID, 1, 3, TRANSACTION_ERRORS))),
                    seg(
                            "AK9",
                            "Functional Group Response Trailer",
                            R,
                            1,
                            el(1, R, ID, 1, 1, GROUP_STATUS),
                            el(2, R, N0, 1, 6),
                            el(3, R, N0, 1, 6),
                            el(4, R, N0, 1, 6),
                            el(5, S, ID, 1, 3, GROUP_ERRORS),
                            el(6, S, ID, 1, 3, GROUP_ERRORS),
                            el(7, S, ID, 1, 3, GROUP_ERRORS),
                            el(8, S, ID, 1, 3, GROUP_ERRORS),
                            el(9, S, ID, 1, 3, GROUP_ERRORS)),
                    seg("SE", "Transaction Set Trailer", R, 1, el(1, R, N0, 1, 10), el(2, R, AN, 4, 9))),
            Guide.noBalancing(),
            ImplementationAckReader::new);

    /** A CTX that points at the segment (and element) whose presence triggered a situational rule. */
    private static org.openrcm.x12.ig.SegmentRule contextSegment(String name, int max) {
        ElementRule[] rules = {
            composite(1, R),
            comp(1, 1, R, AN, 1, 35, SITUATIONAL_TRIGGER),
            comp(1, 2, S, AN, 1, 35),
            el(2, R, ID, 2, 3),
            el(3, R, N0, 1, 10),
            el(4, S, AN, 1, 6),
            composite(5, S),
            comp(5, 1, R, N0, 1, 2),
            comp(5, 2, S, N0, 1, 2),
            comp(5, 3, S, N0, 1, 4),
            composite(6, S),
            comp(6, 1, R, N0, 1, 4),
            comp(6, 2, S, N0, 1, 4)
        };
        return seg("CTX", name, S, max, rules);
    }

    private Guide999() {}
}
