package org.openrcm.x12.status;

import static org.openrcm.x12.ig.Rules.*;

import java.util.ArrayList;
import java.util.List;
import org.openrcm.x12.ig.ElementRule;
import org.openrcm.x12.ig.SegmentRule;
import org.openrcm.x12.ig.Usage;

/**
 * The segments the claim status guides (276, 277 and 277CA) share, written once: HL, NM1, TRN, STC, REF, DTP, QTY,
 * AMT and SVC with the element rules of the 5010 guides. Each guide says which usage and codes apply where.
 */
final class StatusRules {

    static final String[] DATE_FORMATS = {"D8", "RD8"};

    private StatusRules() {}

    static SegmentRule hl(String name, String level, Usage parent, Usage child) {
        return seg(
                        "HL",
                        name,
                        R,
                        1,
                        el(1, R, AN, 1, 12),
                        el(2, parent, AN, 1, 12),
                        el(3, R, ID, 1, 2, level),
                        el(4, child, ID, 1, 1, "0", "1"))
                .when(3, level);
    }

    /**
     * NM1 with the usage of first/middle names ({@code names}), prefix/suffix and identifier, the entity code (NM101),
     * entity types (NM102) and identifier qualifiers (NM108).
     */
    static SegmentRule nm1(
            String name,
            String[] entities,
            String[] types,
            Usage last,
            Usage names,
            Usage prefix,
            Usage suffix,
            Usage id,
            String... idQualifiers) {
        return seg(
                        "NM1",
                        name,
                        R,
                        1,
                        el(1, R, ID, 2, 3, entities),
                        el(2, R, ID, 1, 1, types),
                        el(3, last, AN, 1, 60),
                        el(4, names, AN, 1, 35),
                        el(5, names, AN, 1, 25),
                        el(6, prefix, AN, 1, 10),
                        el(7, suffix, AN, 1, 10),
                        el(8, id, ID, 1, 2, idQualifiers),
                        el(9, id, AN, 2, 80),
                        el(10, N, ID, 2, 2),
                        el(11, N, ID, 2, 3),
                        el(12, N, AN, 1, 60))
                .when(1, entities);
    }

    static SegmentRule trn(String name, String type) {
        return seg(
                "TRN",
                name,
                R,
                1,
                el(1, R, ID, 1, 2, type),
                el(2, R, AN, 1, 50),
                el(3, N, AN, 10, 10),
                el(4, N, AN, 1, 50));
    }

    static SegmentRule ref(String name, String qualifier) {
        return seg(
                        "REF",
                        name,
                        S,
                        1,
                        el(1, R, ID, 2, 3, qualifier),
                        el(2, R, AN, 1, 50),
                        el(3, N, AN, 1, 80),
                        composite(4, N))
                .when(1, qualifier);
    }

    static SegmentRule dtp(String name, Usage usage, String qualifier, String... formats) {
        return seg(
                        "DTP",
                        name,
                        usage,
                        1,
                        el(1, R, ID, 3, 3, qualifier),
                        el(2, R, ID, 2, 3, formats),
                        el(3, R, AN, 1, 35))
                .when(1, qualifier);
    }

    static SegmentRule qty(String name, String qualifier) {
        return seg(
                        "QTY",
                        name,
                        S,
                        1,
                        el(1, R, ID, 2, 2, qualifier),
                        el(2, R, DEC, 1, 15),
                        composite(3, N),
                        el(4, N, AN, 1, 30))
                .when(1, qualifier);
    }

    static SegmentRule amt(String name, String qualifier) {
        return seg("AMT", name, S, 1, el(1, R, ID, 1, 3, qualifier), el(2, R, DEC, 1, 18), el(3, N, ID, 1, 1))
                .when(1, qualifier);
    }

    /**
     * What one STC may carry where: usage of STC02 to STC09 and STC12 in order, the action codes of STC03, and the
     * usage of the code list qualifier (component 4 of the status composites).
     */
    record StcUsage(
            Usage date,
            Usage action,
            String[] actionCodes,
            Usage charge,
            Usage payment,
            Usage adjudicated,
            Usage method,
            Usage remitDate,
            Usage remitTrace,
            Usage message,
            Usage codeList) {}

    static SegmentRule stc(String name, Usage usage, int max, StcUsage u) {
        List<ElementRule> e = new ArrayList<>();
        for (int p : new int[] {1, 10, 11}) {
            e.add(composite(p, p == 1 ? R : S));
            e.add(comp(p, 1, R, AN, 1, 30));
            e.add(comp(p, 2, R, AN, 1, 30));
            e.add(comp(p, 3, S, ID, 2, 3));
            e.add(comp(p, 4, u.codeList(), ID, 1, 3, "RX"));
        }
        e.add(el(2, u.date(), DT, 8, 8));
        e.add(el(3, u.action(), ID, 1, 2, u.actionCodes()));
        e.add(el(4, u.charge(), DEC, 1, 18));
        e.add(el(5, u.payment(), DEC, 1, 18));
        e.add(el(6, u.adjudicated(), DT, 8, 8));
        e.add(el(7, u.method(), ID, 3, 3, "ACH", "BOP", "CHK", "FWT", "NON"));
        e.add(el(8, u.remitDate(), DT, 8, 8));
        e.add(el(9, u.remitTrace(), AN, 1, 16));
        e.add(el(12, u.message(), AN, 1, 264));
        return seg("STC", name, usage, max, e.toArray(ElementRule[]::new));
    }

    /** SVC: usage of the payment amount (SVC03) and of the units (SVC07). */
    static SegmentRule svc(Usage payment, Usage units) {
        return seg(
                "SVC",
                "Service Line Information",
                R,
                1,
                composite(1, R),
                comp(1, 1, R, ID, 2, 2, "AD", "ER", "HC", "HP", "IV", "N4", "NU", "WK"),
                comp(1, 2, R, AN, 1, 48),
                comp(1, 3, S, AN, 2, 2),
                comp(1, 4, S, AN, 2, 2),
                comp(1, 5, S, AN, 2, 2),
                comp(1, 6, S, AN, 2, 2),
                comp(1, 7, N, AN, 1, 80),
                comp(1, 8, N, AN, 1, 48),
                el(2, R, DEC, 1, 18),
                el(3, payment, DEC, 1, 18),
                el(4, S, AN, 1, 48),
                el(5, N, DEC, 1, 15),
                composite(6, N),
                el(7, units, DEC, 1, 15));
    }

    static SegmentRule dmg(Usage usage) {
        return seg(
                "DMG",
                "Demographic Information",
                usage,
                1,
                el(1, R, ID, 2, 3, "D8"),
                el(2, R, DT, 8, 8),
                el(3, S, ID, 1, 1, "F", "M", "U"));
    }

    static SegmentRule st(String set, String version) {
        return seg(
                "ST",
                "Transaction Set Header",
                R,
                1,
                el(1, R, ID, 3, 3, set),
                el(2, R, AN, 4, 9),
                el(3, R, AN, 1, 35, version));
    }

    static SegmentRule bht(String structure, String purpose, Usage type, String... typeCodes) {
        return seg(
                "BHT",
                "Beginning of Hierarchical Transaction",
                R,
                1,
                el(1, R, ID, 4, 4, structure),
                el(2, R, ID, 2, 2, purpose),
                el(3, R, AN, 1, 50),
                el(4, R, DT, 8, 8),
                el(5, R, TM, 4, 8),
                el(6, type, ID, 2, 2, typeCodes));
    }

    static SegmentRule se() {
        return seg("SE", "Transaction Set Trailer", R, 1, el(1, R, N0, 1, 10), el(2, R, AN, 4, 9));
    }
}
