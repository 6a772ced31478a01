package org.openrcm.x12.ack;

import static org.openrcm.x12.ig.Rules.*;

import org.openrcm.x12.ig.Guide;

/**
 * Functional Acknowledgment (005010X230): the 999's predecessor, still sent by some payers and clearinghouses. Its
 * structure and element rules; it has no typed reader (OpenRCM answers with 999s and reads 999s).
 */
public final class Guide997 {

    public static final Guide GUIDE = new Guide(
            "997",
            "005010X230",
            "Functional Acknowledgment",
            loop(
                    "",
                    "Functional Acknowledgment",
                    R,
                    1,
                    seg(
                            "ST",
                            "Transaction Set Header",
                            R,
                            1,
                            el(1, R, ID, 3, 3, "997"),
                            el(2, R, AN, 4, 9),
                            el(3, S, AN, 1, 35)),
                    seg(
                            "AK1",
                            "Functional Group Response Header",
                            R,
                            1,
                            el(1, R, ID, 2, 2),
                            el(2, R, N0, 1, 9),
                            el(3, S, AN, 1, 12)),
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
                                    "Data Segment Note",
                                    S,
                                    UNBOUNDED,
                                    seg(
                                            "AK3",
                                            "Data Segment Note",
                                            R,
                                            1,
                                            el(1, R, ID, 2, 3),
                                            el(2, R, N0, 1, 10),
                                            el(3, S, AN, 1, 6),
                                            el(4, S, ID, 1, 3, codes("1 2 3 4 5 6 7 8"))),
                                    seg(
                                            "AK4",
                                            "Data Element Note",
                                            S,
                                            99,
                                            composite(1, R),
                                            comp(1, 1, R, N0, 1, 2),
                                            comp(1, 2, S, N0, 1, 2),
                                            comp(1, 3, S, N0, 1, 4),
                                            el(2, S, N0, 1, 4),
                                            el(3, R, ID, 1, 3, codes("1 2 3 4 5 6 7 8 9 10 12 13")),
                                            el(4, S, AN, 1, 99))),
                            seg(
                                    "AK5",
                                    "Transaction Set Response Trailer",
                                    R,
                                    1,
                                    el(1, R, ID, 1, 1, codes("A E M R W X")),
                                    el(2, S, ID, 1, 3),
                                    el(3, S, ID, 1, 3),
                                    el(4, S, ID, 1, 3),
                                    el(5, S, ID, 1, 3),
                                    el(6, S, ID, 1, 3))),
                    seg(
                            "AK9",
                            "Functional Group Response Trailer",
                            R,
                            1,
                            el(1, R, ID, 1, 1, codes("A E M P R W X")),
                            el(2, R, N0, 1, 6),
                            el(3, R, N0, 1, 6),
                            el(4, R, N0, 1, 6),
                            el(5, S, ID, 1, 3),
                            el(6, S, ID, 1, 3),
                            el(7, S, ID, 1, 3),
                            el(8, S, ID, 1, 3),
                            el(9, S, ID, 1, 3)),
                    seg("SE", "Transaction Set Trailer", R, 1, el(1, R, N0, 1, 10), el(2, R, AN, 4, 9))),
            Guide.noBalancing(),
            Guide.noReader());

    private Guide997() {}
}
