package org.openrcm.x12.claim;

import static org.openrcm.x12.ig.Rules.*;

import java.util.ArrayList;
import java.util.List;
import org.openrcm.x12.ig.ElementRule;
import org.openrcm.x12.ig.LoopRule;
import org.openrcm.x12.ig.SegmentRule;
import org.openrcm.x12.ig.Usage;

/**
 * The segments the two 837 guides share, with their element rules (usage, length, type and the code values the
 * guides list). Code lists that payers extend or that the guides leave to external code sets are not restricted.
 */
final class ClaimSegments {

    private ClaimSegments() {}

    static final String[] ENTITY_TYPE = {"1", "2"};

    /** NM1 told apart by NM101. {@code idQualifiers} empty = NM108/NM109 not used. */
    static SegmentRule nm1(
            String name, Usage usage, String[] entity, String[] nm102, boolean nameRequired, String... idQualifiers) {
        boolean ids = idQualifiers.length > 0;
        boolean person = contains(nm102, "1");
        return seg(
                        "NM1",
                        name,
                        usage,
                        1,
                        el(1, R, ID, 2, 3, entity),
                        el(2, R, ID, 1, 1, nm102),
                        el(3, nameRequired ? R : S, AN, 1, 60),
                        el(4, person ? S : N, AN, 1, 35),
                        el(5, person ? S : N, AN, 1, 25),
                        el(6, N, AN, 1, 10),
                        el(7, person ? S : N, AN, 1, 10),
                        el(8, ids ? S : N, ID, 1, 2, idQualifiers),
                        el(9, ids ? S : N, AN, 2, 80),
                        el(10, N, ID, 2, 2),
                        el(11, N, ID, 2, 3),
                        el(12, N, AN, 1, 60))
                .when(1, entity);
    }

    /** NM1 whose identifier (NM108/NM109) the guide requires. */
    static SegmentRule nm1Identified(
            String name, Usage usage, String[] entity, String[] nm102, String... idQualifiers) {
        SegmentRule r = nm1(name, usage, entity, nm102, true, idQualifiers);
        List<ElementRule> els = new ArrayList<>(r.elements());
        els.set(7, el(8, R, ID, 1, 2, idQualifiers));
        els.set(8, el(9, R, AN, 2, 80));
        return seg("NM1", name, usage, 1, els.toArray(ElementRule[]::new)).when(1, entity);
    }

    static SegmentRule n3(Usage usage) {
        return seg("N3", "Address", usage, 1, el(1, R, AN, 1, 55), el(2, S, AN, 1, 55));
    }

    static SegmentRule n4(Usage usage) {
        return seg(
                "N4",
                "City, State, ZIP Code",
                usage,
                1,
                el(1, R, AN, 2, 30),
                el(2, S, ID, 2, 2),
                el(3, S, ID, 3, 15),
                el(4, S, ID, 2, 3),
                el(5, N, ID, 1, 2),
                el(6, N, AN, 1, 30),
                el(7, S, ID, 1, 3));
    }

    static SegmentRule ref(String name, Usage usage, int max, String... qualifiers) {
        return seg("REF", name, usage, max, el(1, R, ID, 2, 3, qualifiers), el(2, R, AN, 1, 50), el(3, N, AN, 1, 80))
                .when(1, qualifiers);
    }

    static SegmentRule per(String name, Usage usage, int max) {
        String[] media = codes("EM EX FX TE");
        return seg(
                        "PER",
                        name,
                        usage,
                        max,
                        el(1, R, ID, 2, 2, "IC"),
                        el(2, S, AN, 1, 60),
                        el(3, R, ID, 2, 2, media),
                        el(4, R, AN, 1, 256),
                        el(5, S, ID, 2, 2, media),
                        el(6, S, AN, 1, 256),
                        el(7, S, ID, 2, 2, media),
                        el(8, S, AN, 1, 256),
                        el(9, N, AN, 1, 20))
                .when(1, "IC");
    }

    static SegmentRule hl(String name, String level, String... childCodes) {
        return seg(
                        "HL",
                        name,
                        R,
                        1,
                        el(1, R, AN, 1, 12),
                        el(2, level.equals("20") ? N : R, AN, 1, 12),
                        el(3, R, ID, 1, 2, level),
                        el(4, R, ID, 1, 1, childCodes))
                .when(3, level);
    }

    static SegmentRule prv(String name, Usage usage, String... providerCodes) {
        return seg(
                        "PRV",
                        name,
                        usage,
                        1,
                        el(1, R, ID, 1, 3, providerCodes),
                        el(2, R, ID, 2, 3, "PXC"),
                        el(3, R, AN, 1, 50))
                .when(1, providerCodes);
    }

    static SegmentRule dmg(Usage usage) {
        return seg(
                "DMG",
                "Demographic Information",
                usage,
                1,
                el(1, R, ID, 2, 3, "D8"),
                el(2, R, DT, 8, 8),
                el(3, R, ID, 1, 1, codes("F M U")),
                el(4, N, AN, 1, 1));
    }

    static final String[] RELATIONSHIP = codes("01 18 19 20 21 39 40 53 G8");
    static final String[] CLAIM_FILING = codes("11 12 13 14 15 16 17 AM BL CH CI DS FI HM LM MA MB MC OF TV VA WC ZZ");
    static final String[] RESPONSIBILITY = codes("A B C D E F G H P S T U");

    static SegmentRule sbr(String name, boolean otherSubscriber) {
        return seg(
                "SBR",
                name,
                R,
                1,
                el(1, R, ID, 1, 1, RESPONSIBILITY),
                el(2, S, ID, 2, 2, otherSubscriber ? RELATIONSHIP : new String[] {"18"}),
                el(3, S, AN, 1, 50),
                el(4, S, AN, 1, 60),
                el(5, S, ID, 1, 3),
                el(6, N, ID, 1, 1),
                el(7, N, ID, 1, 1),
                el(8, N, ID, 2, 2),
                el(9, S, ID, 1, 2, CLAIM_FILING));
    }

    static SegmentRule pat(String name, Usage usage, boolean patientLevel) {
        return seg(
                "PAT",
                name,
                usage,
                1,
                el(1, patientLevel ? R : N, ID, 2, 2, RELATIONSHIP),
                el(2, N, ID, 1, 1),
                el(3, N, ID, 1, 2),
                el(4, N, ID, 1, 1),
                el(5, S, ID, 2, 3, "D8"),
                el(6, S, AN, 1, 35),
                el(7, S, ID, 2, 2, "01"),
                el(8, S, DEC, 1, 10),
                el(9, S, ID, 1, 1, "Y"));
    }

    static SegmentRule dtp(String name, Usage usage, int max, String[] formats, String... qualifiers) {
        return seg(
                        "DTP",
                        name,
                        usage,
                        max,
                        el(1, R, ID, 3, 3, qualifiers),
                        el(2, R, ID, 2, 3, formats),
                        el(3, R, AN, 1, 35))
                .when(1, qualifiers);
    }

    static final String[] D8 = {"D8"};
    static final String[] D8_RD8 = {"D8", "RD8"};

    static SegmentRule amt(String name, Usage usage, String... qualifiers) {
        return seg("AMT", name, usage, 1, el(1, R, ID, 1, 3, qualifiers), el(2, R, DEC, 1, 18), el(3, N, ID, 1, 1))
                .when(1, qualifiers);
    }

    static SegmentRule pwk(String name, Usage usage, int max) {
        return seg(
                "PWK",
                name,
                usage,
                max,
                el(1, R, ID, 2, 2),
                el(2, R, ID, 1, 2, codes("AA BM EL EM FT FX")),
                el(3, N, N0, 1, 2),
                el(4, N, ID, 1, 2),
                el(5, S, ID, 1, 2, "AC"),
                el(6, S, AN, 2, 80));
    }

    static SegmentRule cn1(Usage usage) {
        return seg(
                "CN1",
                "Contract Information",
                usage,
                1,
                el(1, R, ID, 2, 2, codes("01 02 03 04 05 06 09")),
                el(2, S, DEC, 1, 18),
                el(3, S, DEC, 1, 6),
                el(4, S, AN, 1, 50),
                el(5, S, DEC, 1, 6),
                el(6, S, AN, 1, 30));
    }

    static SegmentRule k3(Usage usage) {
        return seg("K3", "File Information", usage, 10, el(1, R, AN, 1, 80));
    }

    static SegmentRule nte(String name, Usage usage, int max, String... qualifiers) {
        SegmentRule r = seg("NTE", name, usage, max, el(1, R, ID, 3, 3, qualifiers), el(2, R, AN, 1, 80));
        return r.when(1, qualifiers);
    }

    static SegmentRule crc(String name, Usage usage, int max, String... categories) {
        return seg(
                        "CRC",
                        name,
                        usage,
                        max,
                        el(1, R, ID, 2, 2, categories),
                        el(2, R, ID, 1, 1, codes("N Y")),
                        el(3, R, ID, 2, 3),
                        el(4, S, ID, 2, 3),
                        el(5, S, ID, 2, 3),
                        el(6, S, ID, 2, 3),
                        el(7, S, ID, 2, 3))
                .when(1, categories);
    }

    /** An HI segment told apart by the qualifier of HI01; up to 12 composites, each qualifier + code (+ date/amount). */
    static SegmentRule hi(String name, Usage usage, int max, String... firstQualifiers) {
        List<ElementRule> els = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            Usage u = i == 1 ? R : S;
            els.add(composite(i, u));
            els.add(i == 1 ? comp(i, 1, R, ID, 1, 3, firstQualifiers) : comp(i, 1, R, ID, 1, 3));
            els.add(comp(i, 2, R, AN, 1, 30));
            els.add(comp(i, 3, S, ID, 2, 3, D8_RD8));
            els.add(comp(i, 4, S, AN, 1, 35));
            els.add(comp(i, 5, S, DEC, 1, 18));
            els.add(comp(i, 9, S, ID, 1, 1, codes("N U W Y")));
        }
        return seg("HI", name, usage, max, els.toArray(ElementRule[]::new)).whenComponent(1, 1, firstQualifiers);
    }

    /** HCP in 837P 2300 (no per diem pricing). */
    static SegmentRule hcp(Usage usage) {
        return hcp(usage, false);
    }

    /** HCP; {@code perDiem}: 06 (per diem pricing) is allowed, as in 837P 2400 and everywhere in the 837I. */
    static SegmentRule hcp(Usage usage, boolean perDiem) {
        return seg(
                "HCP",
                "Repricing Information",
                usage,
                1,
                el(
                        1,
                        R,
                        ID,
                        2,
                        2,
                        codes(
                                perDiem
                                        ? "00 01 02 03 04 05 06 07 08 09 10 11 12 13 14"
                                        : "00 01 02 03 04 05 07 08 09 10 11 12 13 14")),
                el(2, R, DEC, 1, 18),
                el(3, S, DEC, 1, 18),
                el(4, S, AN, 1, 50),
                el(5, S, DEC, 1, 9),
                el(6, S, AN, 1, 50),
                el(7, S, DEC, 1, 18),
                el(8, S, AN, 1, 50),
                el(9, S, ID, 1, 2),
                el(10, S, AN, 1, 48),
                el(11, S, ID, 2, 2, codes("DA UN")),
                el(12, S, DEC, 1, 15),
                el(13, S, ID, 2, 2, codes("T1 T2 T3 T4 T5 T6")),
                el(14, S, ID, 1, 2, codes("1 2 3 4 5")),
                el(15, S, ID, 1, 2, codes("1 2 3 4 5 6")));
    }

    static SegmentRule cas(String name) {
        List<ElementRule> els = new ArrayList<>();
        els.add(el(1, R, ID, 1, 2, codes("CO CR OA PI PR")));
        els.add(el(2, R, ID, 1, 5));
        els.add(el(3, R, DEC, 1, 18));
        els.add(el(4, S, DEC, 1, 15));
        for (int i = 5; i <= 17; i += 3) {
            els.add(el(i, S, ID, 1, 5));
            els.add(el(i + 1, S, DEC, 1, 18));
            els.add(el(i + 2, S, DEC, 1, 15));
        }
        return seg("CAS", name, S, 5, els.toArray(ElementRule[]::new));
    }

    static SegmentRule oi(Usage usage) {
        return seg(
                "OI",
                "Other Insurance Coverage Information",
                usage,
                1,
                el(1, N, ID, 1, 2),
                el(2, N, ID, 1, 2),
                el(3, R, ID, 1, 1, codes("N W Y")),
                el(4, S, ID, 1, 1, codes("P")),
                el(5, N, ID, 1, 1),
                el(6, R, ID, 1, 1, codes("I N Y")));
    }

    static SegmentRule lin() {
        return seg(
                "LIN",
                "Drug Identification",
                R,
                1,
                el(1, N, AN, 1, 20),
                el(2, R, ID, 2, 2, codes("EN EO HI N4 ON UK UP")),
                el(3, R, AN, 1, 48));
    }

    static SegmentRule ctp() {
        return seg(
                "CTP",
                "Drug Quantity",
                R,
                1,
                el(1, N, ID, 2, 2),
                el(2, N, ID, 3, 3),
                el(3, N, DEC, 1, 17),
                el(4, R, DEC, 1, 15),
                composite(5, R),
                comp(5, 1, R, ID, 2, 2, codes("F2 GR ME ML UN")));
    }

    static SegmentRule svd(boolean institutional) {
        return seg(
                "SVD",
                "Line Adjudication Information",
                R,
                1,
                el(1, R, AN, 2, 80),
                el(2, R, DEC, 1, 18),
                composite(3, institutional ? S : R),
                comp(3, 1, R, ID, 2, 2, codes("ER HC HP IV WK")),
                comp(3, 2, R, AN, 1, 48),
                comp(3, 3, S, AN, 2, 2),
                comp(3, 4, S, AN, 2, 2),
                comp(3, 5, S, AN, 2, 2),
                comp(3, 6, S, AN, 2, 2),
                comp(3, 7, S, AN, 1, 80),
                // 837I: the line's revenue code, required (X223A2 2430 SVD04); not used in the 837P
                el(4, institutional ? R : N, AN, 1, 48),
                el(5, R, DEC, 1, 15),
                el(6, S, N0, 1, 6));
    }

    static SegmentRule lx() {
        return seg("LX", "Service Line Number", R, 1, el(1, R, N0, 1, 6));
    }

    static SegmentRule bht() {
        return seg(
                "BHT",
                "Beginning of Hierarchical Transaction",
                R,
                1,
                el(1, R, ID, 4, 4, "0019"),
                el(2, R, ID, 2, 2, codes("00 18")),
                el(3, R, AN, 1, 50),
                el(4, R, DT, 8, 8),
                el(5, R, TM, 4, 8),
                el(6, R, ID, 2, 2, codes("31 CH RP")));
    }

    static SegmentRule st() {
        return seg(
                "ST",
                "Transaction Set Header",
                R,
                1,
                el(1, R, ID, 3, 3, "837"),
                el(2, R, AN, 4, 9),
                el(3, R, AN, 1, 35));
    }

    static SegmentRule se() {
        return seg("SE", "Transaction Set Trailer", R, 1, el(1, R, N0, 1, 10), el(2, R, AN, 4, 9));
    }

    static SegmentRule cur() {
        return seg("CUR", "Foreign Currency Information", S, 1, el(1, R, ID, 2, 3, "85"), el(2, R, ID, 3, 3));
    }

    static String[] q(String... values) {
        return values;
    }

    private static boolean contains(String[] values, String v) {
        for (String s : values) {
            if (s.equals(v)) {
                return true;
            }
        }
        return false;
    }

    /** Loop 2330A, the same in the 837P and the 837I. */
    static LoopRule otherSubscriberName() {
        return loop(
                "2330A",
                "Other Subscriber Name",
                R,
                1,
                nm1Identified("Other Subscriber Name", R, q("IL"), q("1", "2"), "II", "MI"),
                n3(S),
                n4(S),
                ref("Other Subscriber Secondary Identification", S, 1, "SY"));
    }

    /**
     * Loop 2330B, the same in both guides but for how often the other payer's prior authorization and referral
     * numbers may repeat (1 in the 837P, 2 in the 837I).
     */
    static LoopRule otherPayerName(int authorizationRepeat) {
        return loop(
                "2330B",
                "Other Payer Name",
                R,
                1,
                nm1Identified("Other Payer Name", R, q("PR"), q("2"), "PI", "XV"),
                n3(S),
                n4(S),
                dtp("Claim Check or Remittance Date", S, 1, D8, "573"),
                ref("Other Payer Secondary Identifier", S, 2, "2U", "EI", "FY", "NF"),
                ref("Other Payer Prior Authorization Number", S, authorizationRepeat, "G1"),
                ref("Other Payer Referral Number", S, authorizationRepeat, "9F"),
                ref("Other Payer Claim Adjustment Indicator", S, 1, "T4"),
                ref("Other Payer Claim Control Number", S, 1, "F8"));
    }
}
