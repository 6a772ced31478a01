package org.openrcm.x12.claim;

import static org.openrcm.x12.claim.ClaimSegments.*;
import static org.openrcm.x12.ig.Rules.*;

import org.openrcm.x12.ig.Guide;
import org.openrcm.x12.ig.LoopRule;
import org.openrcm.x12.ig.SegmentRule;

/**
 * Health Care Claim: Institutional (005010X223A2): the structure of the implementation guide, its balancing (CLM02
 * against the line charges) and its reader (one {@link Claim} at a time).
 */
public final class Guide837I {

    public static final String VERSION = "005010X223A2";

    public static final Guide GUIDE = new Guide(
            "837",
            VERSION,
            "Health Care Claim: Institutional",
            Guide837P.header("Health Care Claim: Institutional", Guide837P.subscriber(true, claim()), true),
            sink -> new ClaimBalancing(sink, true),
            records -> new ClaimReader(ClaimKind.INSTITUTIONAL, records));

    private Guide837I() {}

    private static LoopRule claim() {
        String[] ids = codes("0B 1G G2 LU");
        return loop(
                "2300",
                "Claim Information",
                S,
                100,
                Guide837P.clm(true),
                dtp("Discharge Hour", S, 1, q("TM"), "096"),
                // RD8 in the guide; a one-day statement sent as D8 is read the same, so it is accepted.
                dtp("Statement Dates", R, 1, q("RD8", "D8"), "434"),
                dtp("Admission Date/Hour", S, 1, q("D8", "DT"), "435"),
                dtp("Date - Repricer Received Date", S, 1, D8, "050"),
                seg(
                        "CL1",
                        "Institutional Claim Code",
                        S,
                        1,
                        el(1, S, ID, 1, 1),
                        el(2, S, ID, 1, 1),
                        el(3, S, ID, 1, 2),
                        el(4, N, ID, 1, 1)),
                pwk("Claim Supplemental Information", S, 10),
                cn1(S),
                amt("Patient Estimated Amount Due", S, "F3"),
                ref("Service Authorization Exception Code", S, 1, "4N"),
                ref("Referral Number", S, 1, "9F"),
                ref("Prior Authorization", S, 1, "G1"),
                ref("Payer Claim Control Number", S, 1, "F8"),
                ref("Repriced Claim Number", S, 1, "9A"),
                ref("Adjusted Repriced Claim Number", S, 1, "9C"),
                ref("Investigational Device Exemption Number", S, 5, "LX"),
                ref("Auto Accident State", S, 1, "LU"),
                ref("Medical Record Number", S, 1, "EA"),
                ref("Demonstration Project Identifier", S, 1, "P4"),
                ref("Peer Review Organization (PRO) Approval Number", S, 1, "G4"),
                ref("Claim Identifier For Transmission Intermediaries", S, 1, "D9"),
                ref("Mandatory Medicare Crossover Indicator", S, 1, "F5"),
                k3(S),
                nte("Claim Note", S, 10, codes("ALG DCP DGN DME MED NTR ODT RHB RLH RNH SET SFM SPT UPI")),
                nte("Billing Note", S, 1, "ADD"),
                crc("EPSDT Referral", S, 1, "ZZ"),
                hi("Principal Diagnosis", R, 1, "ABK", "BK"),
                hi("Admitting Diagnosis", S, 1, "ABJ", "BJ"),
                hi("Patient's Reason For Visit", S, 1, "APR", "PR"),
                hi("External Cause of Injury", S, 1, "ABN", "BN"),
                hi("Diagnosis Related Group (DRG) Information", S, 1, "DR"),
                hi("Other Diagnosis Information", S, 2, "ABF", "BF"),
                hi("Principal Procedure Information", S, 1, "BBR", "BR", "CAH"),
                hi("Other Procedure Information", S, 2, "BBQ", "BQ"),
                hi("Occurrence Span Information", S, 4, "BI"),
                hi("Occurrence Information", S, 2, "BH"),
                hi("Value Information", S, 2, "BE"),
                hi("Condition Information", S, 2, "BG"),
                hi("Treatment Code Information", S, 2, "TC"),
                hcp(S, true),
                provider(
                        "2310A",
                        "Attending Provider Name",
                        "71",
                        true,
                        ids,
                        prv("Attending Provider Specialty Information", S, "AT")),
                provider("2310B", "Operating Physician Name", "72", true, ids, null),
                provider("2310C", "Other Operating Physician Name", "ZZ", true, ids, null),
                provider("2310D", "Rendering Provider Name", "82", true, ids, null),
                loop(
                        "2310E",
                        "Service Facility Location Name",
                        S,
                        1,
                        nm1("Service Facility Location Name", R, q("77"), q("2"), true, "XX"),
                        n3(R),
                        n4(R),
                        ref("Service Facility Location Secondary Identification", S, 3, "0B", "G2", "LU")),
                provider("2310F", "Referring Provider Name", "DN", true, ids, null),
                otherSubscriber(),
                serviceLine());
    }

    private static LoopRule provider(
            String id, String name, String entity, boolean identified, String[] refs, SegmentRule prv) {
        return provider(id, name, entity, identified, refs, prv, id.startsWith("2420") ? 20 : 4);
    }

    private static LoopRule provider(
            String id, String name, String entity, boolean identified, String[] refs, SegmentRule prv, int maxRef) {
        SegmentRule nm1 = nm1(
                name,
                R,
                q(entity),
                entity.equals("71") || entity.equals("72") || entity.equals("ZZ") || entity.equals("DN")
                        ? q("1")
                        : q("1", "2"),
                true,
                "XX");
        SegmentRule ref = ref(name.replace("Name", "Secondary Identification"), S, maxRef, refs);
        return prv == null ? loop(id, name, S, 1, nm1, ref) : loop(id, name, S, 1, nm1, prv, ref);
    }

    private static LoopRule otherProvider(String id, String name, String entity, String... refs) {
        return loop(
                id,
                name,
                S,
                1,
                nm1(name, R, q(entity), q("1", "2"), false),
                ref(name + " Secondary Identification", R, 3, refs));
    }

    private static LoopRule otherSubscriber() {
        String[] ids = codes("0B 1G G2 LU");
        return loop(
                "2320",
                "Other Subscriber Information",
                S,
                10,
                sbr("Other Subscriber Information", true),
                cas("Claim Level Adjustments"),
                amt("Payer Paid Amount", S, "D"),
                amt("Non-Covered Charge Amount", S, "A8"),
                amt("Remaining Patient Liability", S, "EAF"),
                oi(R),
                seg("MIA", "Inpatient Adjudication Information", S, 1),
                seg("MOA", "Outpatient Adjudication Information", S, 1),
                otherSubscriberName(),
                otherPayerName(2),
                otherProvider("2330C", "Other Payer Attending Provider", "71", ids),
                otherProvider("2330D", "Other Payer Operating Physician", "72", ids),
                otherProvider("2330E", "Other Payer Other Operating Physician", "ZZ", ids),
                otherProvider("2330F", "Other Payer Service Facility Location", "77", "0B", "G2", "LU"),
                otherProvider("2330G", "Other Payer Rendering Provider Name", "82", ids),
                otherProvider("2330H", "Other Payer Referring Provider", "DN", ids),
                otherProvider("2330I", "Other Payer Billing Provider", "85", "G2", "LU"));
    }

    static SegmentRule sv2() {
        return seg(
                "SV2",
                "Institutional Service Line",
                R,
                1,
                el(1, R, AN, 1, 48),
                composite(2, S),
                comp(2, 1, R, ID, 2, 2, codes("ER HC HP IV WK")),
                comp(2, 2, R, AN, 1, 48),
                comp(2, 3, S, AN, 2, 2),
                comp(2, 4, S, AN, 2, 2),
                comp(2, 5, S, AN, 2, 2),
                comp(2, 6, S, AN, 2, 2),
                comp(2, 7, S, AN, 1, 80),
                el(3, R, DEC, 1, 18),
                el(4, R, ID, 2, 2, codes("DA UN")),
                el(5, R, DEC, 1, 15),
                el(6, S, DEC, 1, 10),
                el(7, S, DEC, 1, 18),
                el(8, N, ID, 1, 1),
                el(9, N, ID, 1, 1),
                el(10, N, ID, 1, 1));
    }

    private static LoopRule serviceLine() {
        String[] ids = codes("0B 1G G2 LU");
        return loop(
                "2400",
                "Service Line Number",
                R,
                999,
                lx(),
                sv2(),
                pwk("Line Supplemental Information", S, 10),
                dtp("Date - Service Date", S, 1, D8_RD8, "472"),
                ref("Line Item Control Number", S, 1, "6R"),
                ref("Repriced Line Item Reference Number", S, 1, "9B"),
                ref("Adjusted Repriced Line Item Reference Number", S, 1, "9D"),
                amt("Service Tax Amount", S, "GT"),
                amt("Facility Tax Amount", S, "N8"),
                nte("Third Party Organization Notes", S, 1, "TPO"),
                hcp(S, true),
                loop(
                        "2410",
                        "Drug Identification",
                        S,
                        1,
                        lin(),
                        ctp(),
                        ref("Prescription or Compound Drug Association Number", S, 1, "VY", "XZ")),
                provider("2420A", "Operating Physician Name", "72", true, ids, null),
                provider("2420B", "Other Operating Physician Name", "ZZ", true, ids, null),
                provider("2420C", "Rendering Provider Name", "82", true, ids, null),
                provider("2420D", "Referring Provider Name", "DN", true, ids, null),
                Guide837P.lineAdjudication(true, 25));
    }
}
