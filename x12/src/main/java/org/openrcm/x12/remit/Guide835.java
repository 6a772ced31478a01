package org.openrcm.x12.remit;

import static org.openrcm.x12.ig.Rules.*;

import org.openrcm.x12.ig.ElementRule;
import org.openrcm.x12.ig.Guide;
import org.openrcm.x12.ig.LoopRule;
import org.openrcm.x12.ig.SegmentRule;
import org.openrcm.x12.ig.Usage;

/**
 * Health Care Claim Payment/Advice (005010X221A1): the structure of the implementation guide, its element rules, its
 * SNIP 3 balancing ({@link RemittanceBalancing}) and its typed reader ({@link RemittanceReader}).
 *
 * <p>Where the guide marks an element "not used" but its own published examples still carry a 4010 value (TS306 to
 * TS312), the element is left unchecked: a false error on a payer's file costs more than a missed one.
 */
public final class Guide835 {

    static final String VERSION = "005010X221A1";

    /** CAS01: CR was retired in 5010 but is still accepted (it is harmless and some payers keep sending it). */
    static final String[] GROUP_CODES = codes("CO CR OA PI PR");

    static final String[] CLAIM_STATUS = codes("1 2 3 4 19 20 21 22 23 25");

    /** CLP06: the guide's list plus 11 BL CI FI, which payers echo from the claim (informational, never posted). */
    static final String[] FILING_INDICATORS =
            codes("11 12 13 14 15 16 17 AM BL CH CI DS FI HM LM MA MB MC OF TV VA WC ZZ");

    static final String[] PROCEDURE_QUALIFIERS = codes("AD ER HC HP IV N4 N6 NU UI WK");

    static final String[] ORIGINAL_PROCEDURE_QUALIFIERS = codes("AD ER HC HP IV N4 NU WK");

    static final String[] PROVIDER_ADJUSTMENT_REASONS = codes(
            "50 51 72 90 AH AM AP B2 B3 BD BN C5 CR CS CT CV CW DM E3 FB FC GO HM IP IR IS J1 L3 L6 LE LS OA OB PI"
                    + " PL RA RE SL TL WO WU");

    static final String[] OTHER_CLAIM_IDS = codes("1L 1W 28 6P 9A 9C BB CE EA F8 G1 G3 IG SY");
    static final String[] CLAIM_RENDERING_IDS = codes("0B 1A 1B 1C 1D 1G 1H 1J D3 G2 LU");
    static final String[] SERVICE_IDS = codes("1S APC BB E9 G1 G3 LU RB");
    static final String[] SERVICE_RENDERING_IDS = codes("0B 1A 1B 1C 1D 1G 1H 1J D3 G2 HPI SY TJ");
    static final String[] PAYER_IDS = codes("2U EO HI NF");
    static final String[] PAYEE_IDS = codes("0B D3 PQ TJ");
    static final String[] CLAIM_AMOUNTS = codes("AU D8 DY F5 I NL T T2 ZK ZL ZM ZN ZO");
    static final String[] CLAIM_QUANTITIES = codes("CA CD LA LE NE NR OU PS VS ZK ZL ZM ZN ZO");
    static final String[] SERVICE_AMOUNTS = codes("B6 KH T T2 ZK ZL ZM ZN ZO");
    static final String[] SERVICE_QUANTITIES = codes("ZK ZL ZM ZN ZO");

    public static final Guide GUIDE = new Guide(
            "835",
            VERSION,
            "Health Care Claim Payment/Advice",
            loop(
                    "",
                    "Health Care Claim Payment/Advice",
                    R,
                    1,
                    seg(
                            "ST",
                            "Transaction Set Header",
                            R,
                            1,
                            el(1, R, ID, 3, 3, "835"),
                            el(2, R, AN, 4, 9),
                            el(3, S, AN, 1, 35)),
                    seg(
                            "BPR",
                            "Financial Information",
                            R,
                            1,
                            el(1, R, ID, 1, 2, codes("C D H I P U X")),
                            el(2, R, DEC, 1, 18),
                            el(3, R, ID, 1, 1, "C", "D"),
                            el(4, R, ID, 3, 3, codes("ACH BOP CHK FWT NON")),
                            el(5, S, ID, 1, 10, "CCP", "CTX"),
                            el(6, S, ID, 2, 2, "01", "04"),
                            el(7, S, AN, 3, 12),
                            el(8, S, ID, 1, 3, "DA"),
                            el(9, S, AN, 1, 35),
                            // BPR10/TRN03: 10 characters in the guide; payers send their 9-digit tax id too.
                            el(10, S, AN, 1, 10),
                            el(11, S, AN, 1, 9),
                            el(12, S, ID, 2, 2, "01", "04"),
                            el(13, S, AN, 3, 12),
                            el(14, S, ID, 1, 3, "DA", "SG"),
                            el(15, S, AN, 1, 35),
                            el(16, R, DT, 8, 8),
                            el(17, N, ID, 1, 3),
                            el(18, N, ID, 2, 2),
                            el(19, N, AN, 3, 12),
                            el(20, N, ID, 1, 3),
                            el(21, N, AN, 1, 35)),
                    seg(
                            "TRN",
                            "Reassociation Trace Number",
                            R,
                            1,
                            el(1, R, ID, 1, 2, "1"),
                            el(2, R, AN, 1, 50),
                            el(3, R, AN, 1, 10),
                            el(4, S, AN, 1, 50)),
                    seg(
                            "CUR",
                            "Foreign Currency Information",
                            S,
                            1,
                            el(1, R, ID, 2, 3, "PR"),
                            el(2, R, ID, 3, 3),
                            el(3, N, DEC, 4, 10)),
                    ref("Receiver Identification", S, 1, "EV").when(1, "EV"),
                    ref("Version Identification", S, 1, "F2").when(1, "F2"),
                    dtm("Production Date", S, 1, "405").when(1, "405"),
                    loop(
                            "1000A",
                            "Payer Identification",
                            R,
                            1,
                            seg(
                                            "N1",
                                            "Payer Identification",
                                            R,
                                            1,
                                            el(1, R, ID, 2, 3, "PR"),
                                            el(2, R, AN, 1, 60),
                                            // XV (the national plan id) was never implemented: payers send PI, FI, NI.
                                            el(3, S, ID, 1, 2),
                                            el(4, S, AN, 2, 80),
                                            el(5, N, ID, 2, 2),
                                            el(6, N, ID, 2, 3))
                                    .when(1, "PR"),
                            n3("Payer Address", R),
                            n4("Payer City, State, ZIP Code", R),
                            ref("Additional Payer Identification", S, 4, PAYER_IDS)
                                    .when(1, PAYER_IDS),
                            per(
                                            "Payer Business Contact Information",
                                            S,
                                            1,
                                            "CX",
                                            codes("EM FX TE"),
                                            codes("EM EX FX TE"),
                                            codes("EX"))
                                    .when(1, "CX"),
                            // The TR3 marks PER*BL required, yet its own examples (and payers) send 835s
                            // without it; posting never needs it, so a missing one is not worth a rejection.
                            per(
                                            "Payer Technical Contact Information",
                                            S,
                                            UNBOUNDED,
                                            "BL",
                                            codes("EM TE UR"),
                                            codes("EM EX FX TE UR"),
                                            codes("EM EX FX UR"))
                                    .when(1, "BL"),
                            seg(
                                            "PER",
                                            "Payer WEB Site",
                                            S,
                                            1,
                                            el(1, R, ID, 2, 2, "IC"),
                                            el(2, S, AN, 1, 60),
                                            el(3, R, ID, 2, 2, "UR"),
                                            el(4, R, AN, 1, 256),
                                            el(5, N, ID, 2, 2),
                                            el(6, N, AN, 1, 256),
                                            el(7, N, ID, 2, 2),
                                            el(8, N, AN, 1, 256),
                                            el(9, N, AN, 1, 20))
                                    .when(1, "IC")),
                    loop(
                            "1000B",
                            "Payee Identification",
                            R,
                            1,
                            seg(
                                            "N1",
                                            "Payee Identification",
                                            R,
                                            1,
                                            el(1, R, ID, 2, 3, "PE"),
                                            el(2, R, AN, 1, 60),
                                            el(3, R, ID, 1, 2, "FI", "XV", "XX"),
                                            el(4, R, AN, 2, 80),
                                            el(5, N, ID, 2, 2),
                                            el(6, N, ID, 2, 3))
                                    .when(1, "PE"),
                            n3("Payee Address", S),
                            n4("Payee City, State, ZIP Code", S),
                            ref("Payee Additional Identification", S, UNBOUNDED, PAYEE_IDS)
                                    .when(1, PAYEE_IDS),
                            seg(
                                    "RDM",
                                    "Remittance Delivery Method",
                                    S,
                                    1,
                                    el(1, R, ID, 1, 2, codes("BM EM FT OL")),
                                    el(2, S, AN, 1, 60),
                                    el(3, S, AN, 1, 256),
                                    composite(4, N),
                                    composite(5, N))),
                    // Claims sent without a header number (LX) are read as such rather than rejected: the
                    // guide requires LX, but some payers omit it and nothing in posting depends on it.
                    claimLoop(S),
                    loop(
                            "2000",
                            "Header Number",
                            S,
                            UNBOUNDED,
                            seg("LX", "Header Number", R, 1, el(1, R, N0, 1, 6)),
                            seg(
                                    "TS3",
                                    "Provider Summary Information",
                                    S,
                                    1,
                                    el(1, R, AN, 1, 50),
                                    el(2, R, AN, 1, 2),
                                    el(3, R, DT, 8, 8),
                                    el(4, R, DEC, 1, 15),
                                    el(5, R, DEC, 1, 18),
                                    el(13, S, DEC, 1, 18),
                                    el(15, S, DEC, 1, 18),
                                    el(17, S, DEC, 1, 18),
                                    el(18, S, DEC, 1, 18),
                                    el(20, S, DEC, 1, 18),
                                    el(21, S, DEC, 1, 18),
                                    el(22, S, DEC, 1, 18),
                                    el(23, S, DEC, 1, 15),
                                    el(24, S, DEC, 1, 18)),
                            seg("TS2", "Provider Supplemental Summary Information", S, 1, ts2()),
                            claimLoop(R)),
                    seg(
                            "PLB",
                            "Provider Adjustment",
                            S,
                            UNBOUNDED,
                            el(1, R, AN, 1, 50),
                            el(2, R, DT, 8, 8),
                            composite(3, R),
                            comp(3, 1, R, ID, 2, 2, PROVIDER_ADJUSTMENT_REASONS),
                            comp(3, 2, S, AN, 1, 50),
                            el(4, R, DEC, 1, 18),
                            comp(5, 1, R, ID, 2, 2, PROVIDER_ADJUSTMENT_REASONS),
                            comp(5, 2, S, AN, 1, 50),
                            el(6, S, DEC, 1, 18),
                            comp(7, 1, R, ID, 2, 2, PROVIDER_ADJUSTMENT_REASONS),
                            comp(7, 2, S, AN, 1, 50),
                            el(8, S, DEC, 1, 18),
                            comp(9, 1, R, ID, 2, 2, PROVIDER_ADJUSTMENT_REASONS),
                            comp(9, 2, S, AN, 1, 50),
                            el(10, S, DEC, 1, 18),
                            comp(11, 1, R, ID, 2, 2, PROVIDER_ADJUSTMENT_REASONS),
                            comp(11, 2, S, AN, 1, 50),
                            el(12, S, DEC, 1, 18),
                            comp(13, 1, R, ID, 2, 2, PROVIDER_ADJUSTMENT_REASONS),
                            comp(13, 2, S, AN, 1, 50),
                            el(14, S, DEC, 1, 18)),
                    seg("SE", "Transaction Set Trailer", R, 1, el(1, R, N0, 1, 10), el(2, R, AN, 4, 9))),
            RemittanceBalancing::new,
            RemittanceReader::new);

    private Guide835() {}

    private static LoopRule claimLoop(Usage usage) {
        return loop(
                "2100",
                "Claim Payment Information",
                usage,
                UNBOUNDED,
                seg(
                        "CLP",
                        "Claim Payment Information",
                        R,
                        1,
                        el(1, R, AN, 1, 38),
                        el(2, R, ID, 1, 2, CLAIM_STATUS),
                        el(3, R, DEC, 1, 18),
                        el(4, R, DEC, 1, 18),
                        el(5, S, DEC, 1, 18),
                        el(6, R, ID, 1, 2, FILING_INDICATORS),
                        el(7, R, AN, 1, 50),
                        el(8, S, AN, 1, 2),
                        el(9, S, ID, 1, 1),
                        el(10, N, ID, 1, 2),
                        el(11, S, AN, 1, 4),
                        el(12, S, DEC, 1, 15),
                        el(13, S, DEC, 1, 10),
                        el(14, N, ID, 1, 1)),
                cas("Claim Adjustment"),
                nm1("Patient Name", R, "QC", codes("1"), S, codes("34 HN II MI MR"), S)
                        .when(1, "QC"),
                nm1("Insured Name", S, "IL", codes("1 2"), S, codes("FI II MI"), R)
                        .when(1, "IL"),
                nm1("Corrected Patient/Insured Name", S, "74", codes("1 2"), S, codes("C"), S)
                        .when(1, "74"),
                nm1("Service Provider Name", S, "82", codes("1 2"), S, codes("BD BS FI MC PC SL UP XX"), R)
                        .when(1, "82"),
                organization("Crossover Carrier Name", "TT").when(1, "TT"),
                organization("Corrected Priority Payer Name", "PR").when(1, "PR"),
                nm1("Other Subscriber Name", S, "GB", codes("1 2"), S, codes("FI II MI"), S)
                        .when(1, "GB"),
                seg("MIA", "Inpatient Adjudication Information", S, 1, mia()),
                seg(
                        "MOA",
                        "Outpatient Adjudication Information",
                        S,
                        1,
                        el(1, S, DEC, 1, 10),
                        el(2, S, DEC, 1, 18),
                        el(3, S, AN, 1, 50),
                        el(4, S, AN, 1, 50),
                        el(5, S, AN, 1, 50),
                        el(6, S, AN, 1, 50),
                        el(7, S, AN, 1, 50),
                        el(8, S, DEC, 1, 18),
                        el(9, S, DEC, 1, 18)),
                ref("Other Claim Related Identification", S, 5, OTHER_CLAIM_IDS).when(1, OTHER_CLAIM_IDS),
                ref("Rendering Provider Identification", S, 10, CLAIM_RENDERING_IDS)
                        .when(1, CLAIM_RENDERING_IDS),
                dtm("Statement From or To Date", S, 2, "232", "233").when(1, "232", "233"),
                dtm("Coverage Expiration Date", S, 1, "036").when(1, "036"),
                dtm("Claim Received Date", S, 1, "050").when(1, "050"),
                seg(
                        "PER",
                        "Claim Contact Information",
                        S,
                        2,
                        el(1, R, ID, 2, 2, "CX"),
                        el(2, S, AN, 1, 60),
                        el(3, R, ID, 2, 2, codes("EM FX TE")),
                        el(4, R, AN, 1, 256),
                        el(5, S, ID, 2, 2, codes("EM EX FX TE")),
                        el(6, S, AN, 1, 256),
                        el(7, S, ID, 2, 2, "EX"),
                        el(8, S, AN, 1, 256),
                        el(9, N, AN, 1, 20)),
                amt("Claim Supplemental Information", 13, CLAIM_AMOUNTS),
                qty("Claim Supplemental Information Quantity", 14, CLAIM_QUANTITIES),
                loop(
                        "2110",
                        "Service Payment Information",
                        S,
                        999,
                        seg(
                                "SVC",
                                "Service Payment Information",
                                R,
                                1,
                                composite(1, R),
                                comp(1, 1, R, ID, 2, 2, PROCEDURE_QUALIFIERS),
                                comp(1, 2, R, AN, 1, 48),
                                comp(1, 3, S, AN, 2, 2),
                                comp(1, 4, S, AN, 2, 2),
                                comp(1, 5, S, AN, 2, 2),
                                comp(1, 6, S, AN, 2, 2),
                                // SVC01-7: not used in the guide, but payers echo the description of NOC codes.
                                comp(1, 7, S, AN, 1, 80),
                                comp(1, 8, N, AN, 1, 48),
                                el(2, R, DEC, 1, 18),
                                el(3, R, DEC, 1, 18),
                                el(4, S, AN, 1, 48),
                                el(5, S, DEC, 1, 15),
                                comp(6, 1, R, ID, 2, 2, ORIGINAL_PROCEDURE_QUALIFIERS),
                                comp(6, 2, R, AN, 1, 48),
                                comp(6, 3, S, AN, 2, 2),
                                comp(6, 4, S, AN, 2, 2),
                                comp(6, 5, S, AN, 2, 2),
                                comp(6, 6, S, AN, 2, 2),
                                comp(6, 7, S, AN, 1, 80),
                                comp(6, 8, N, AN, 1, 48),
                                el(7, S, DEC, 1, 15)),
                        dtm("Service Date", S, 2, "150", "151", "472").when(1, "150", "151", "472"),
                        cas("Service Adjustment"),
                        ref("Service Identification", S, 8, SERVICE_IDS).when(1, SERVICE_IDS),
                        ref("Line Item Control Number", S, 1, "6R").when(1, "6R"),
                        ref("Rendering Provider Information", S, 10, SERVICE_RENDERING_IDS)
                                .when(1, SERVICE_RENDERING_IDS),
                        ref("HealthCare Policy Identification", S, 5, "0K").when(1, "0K"),
                        amt("Service Supplemental Amount", 9, SERVICE_AMOUNTS),
                        qty("Service Supplemental Quantity", 6, SERVICE_QUANTITIES),
                        seg(
                                "LQ",
                                "Health Care Remark Codes",
                                S,
                                99,
                                el(1, R, ID, 1, 3, "HE", "RX"),
                                el(2, R, AN, 1, 30))));
    }

    private static SegmentRule ref(String name, org.openrcm.x12.ig.Usage usage, int max, String... qualifiers) {
        return seg(
                "REF",
                name,
                usage,
                max,
                el(1, R, ID, 2, 3, qualifiers),
                el(2, R, AN, 1, 50),
                el(3, N, AN, 1, 80),
                composite(4, N));
    }

    private static SegmentRule dtm(String name, org.openrcm.x12.ig.Usage usage, int max, String... qualifiers) {
        return seg(
                "DTM",
                name,
                usage,
                max,
                el(1, R, ID, 3, 3, qualifiers),
                el(2, R, DT, 8, 8),
                el(3, N, TM, 4, 8),
                el(4, N, ID, 2, 2),
                el(5, N, ID, 2, 3),
                el(6, N, AN, 1, 35));
    }

    private static SegmentRule n3(String name, org.openrcm.x12.ig.Usage usage) {
        return seg("N3", name, usage, 1, el(1, R, AN, 1, 55), el(2, S, AN, 1, 55));
    }

    private static SegmentRule n4(String name, org.openrcm.x12.ig.Usage usage) {
        return seg(
                "N4",
                name,
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

    private static SegmentRule per(
            String name,
            org.openrcm.x12.ig.Usage usage,
            int max,
            String function,
            String[] first,
            String[] second,
            String[] third) {
        return seg(
                "PER",
                name,
                usage,
                max,
                el(1, R, ID, 2, 2, function),
                el(2, S, AN, 1, 60),
                el(3, S, ID, 2, 2, first),
                el(4, S, AN, 1, 256),
                el(5, S, ID, 2, 2, second),
                el(6, S, AN, 1, 256),
                el(7, S, ID, 2, 2, third),
                el(8, S, AN, 1, 256),
                el(9, N, AN, 1, 20));
    }

    private static SegmentRule cas(String name) {
        ElementRule[] rules = new ElementRule[19];
        rules[0] = el(1, R, ID, 1, 2, GROUP_CODES);
        for (int t = 0; t < 6; t++) {
            int p = 2 + 3 * t;
            org.openrcm.x12.ig.Usage u = t == 0 ? R : S;
            rules[p - 1] = el(p, u, ID, 1, 5);
            rules[p] = el(p + 1, u, DEC, 1, 18);
            rules[p + 1] = el(p + 2, S, DEC, 1, 15);
        }
        return seg("CAS", name, S, 99, rules);
    }

    private static SegmentRule nm1(
            String name,
            org.openrcm.x12.ig.Usage usage,
            String entity,
            String[] entityTypes,
            org.openrcm.x12.ig.Usage lastNameUsage,
            String[] idQualifiers,
            org.openrcm.x12.ig.Usage idUsage) {
        return seg(
                "NM1",
                name,
                usage,
                1,
                el(1, R, ID, 2, 3, entity),
                el(2, R, ID, 1, 1, entityTypes),
                el(3, lastNameUsage, AN, 1, 60),
                el(4, S, AN, 1, 35),
                el(5, S, AN, 1, 25),
                el(6, N, AN, 1, 10),
                el(7, S, AN, 1, 10),
                el(8, idUsage, ID, 1, 2, idQualifiers),
                el(9, idUsage, AN, 2, 80),
                el(10, N, ID, 2, 2),
                el(11, N, ID, 2, 3),
                el(12, N, AN, 1, 60));
    }

    private static SegmentRule organization(String name, String entity) {
        return seg(
                "NM1",
                name,
                S,
                1,
                el(1, R, ID, 2, 3, entity),
                el(2, R, ID, 1, 1, "2"),
                el(3, R, AN, 1, 60),
                el(4, N, AN, 1, 35),
                el(5, N, AN, 1, 25),
                el(6, N, AN, 1, 10),
                el(7, N, AN, 1, 10),
                el(8, R, ID, 1, 2, codes("AD FI NI PI PP XV")),
                el(9, R, AN, 2, 80),
                el(10, N, ID, 2, 2),
                el(11, N, ID, 2, 3),
                el(12, N, AN, 1, 60));
    }

    private static SegmentRule amt(String name, int max, String[] qualifiers) {
        return seg("AMT", name, S, max, el(1, R, ID, 1, 3, qualifiers), el(2, R, DEC, 1, 18), el(3, N, ID, 1, 1));
    }

    private static SegmentRule qty(String name, int max, String[] qualifiers) {
        return seg(
                "QTY",
                name,
                S,
                max,
                el(1, R, ID, 2, 2, qualifiers),
                el(2, R, DEC, 1, 15),
                composite(3, N),
                el(4, N, AN, 1, 30));
    }

    private static ElementRule[] ts2() {
        ElementRule[] rules = new ElementRule[19];
        for (int p = 1; p <= 19; p++) {
            boolean count = p == 7 || (p >= 10 && p <= 14) || p == 16;
            rules[p - 1] = el(p, S, DEC, 1, count ? 15 : 18);
        }
        return rules;
    }

    private static ElementRule[] mia() {
        ElementRule[] rules = new ElementRule[24];
        for (int p = 1; p <= 24; p++) {
            org.openrcm.x12.ig.Usage u = p == 1 ? R : S;
            if (p == 5 || (p >= 20 && p <= 23)) {
                rules[p - 1] = el(p, u, AN, 1, 50);
            } else {
                boolean count = p == 1 || p == 3 || p == 15;
                rules[p - 1] = el(p, u, DEC, 1, count ? 15 : 18);
            }
        }
        return rules;
    }
}
