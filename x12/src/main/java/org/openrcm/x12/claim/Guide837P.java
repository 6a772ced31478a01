package org.openrcm.x12.claim;

import static org.openrcm.x12.claim.ClaimSegments.*;
import static org.openrcm.x12.ig.Rules.*;

import org.openrcm.x12.ig.Guide;
import org.openrcm.x12.ig.LoopRule;
import org.openrcm.x12.ig.SegmentRule;

/**
 * Health Care Claim: Professional (005010X222A1): the structure of the implementation guide, its balancing (CLM02
 * against the line charges) and its reader (one {@link Claim} at a time).
 */
public final class Guide837P {

    public static final String VERSION = "005010X222A1";

    public static final Guide GUIDE = new Guide(
            "837",
            VERSION,
            "Health Care Claim: Professional",
            structure(),
            sink -> new ClaimBalancing(sink, false),
            records -> new ClaimReader(ClaimKind.PROFESSIONAL, records));

    private Guide837P() {}

    private static LoopRule structure() {
        return header("Health Care Claim: Professional", subscriber(), false);
    }

    /** ST, BHT, 1000A/B and the billing provider level 2000A; {@code subscriber} is the 2000B loop. */
    /** ST through 2000A, with {@code subscriber} (2000B and below); {@code institutional}: the 837I's rules. */
    static LoopRule header(String name, LoopRule subscriber, boolean institutional) {
        return loop(
                "",
                name,
                R,
                1,
                st(),
                bht(),
                loop(
                        "1000A",
                        "Submitter Name",
                        R,
                        1,
                        nm1Identified("Submitter Name", R, q("41"), q("1", "2"), "46"),
                        per("Submitter EDI Contact Information", R, 2)),
                loop("1000B", "Receiver Name", R, 1, nm1Identified("Receiver Name", R, q("40"), q("2"), "46")),
                loop(
                        "2000A",
                        "Billing Provider Hierarchical Level",
                        R,
                        UNBOUNDED,
                        hl("Billing Provider Hierarchical Level", "20", "1"),
                        prv("Billing Provider Specialty Information", S, "BI"),
                        cur(),
                        loop(
                                "2010AA",
                                "Billing Provider Name",
                                R,
                                1,
                                // NM108/NM109 situational: atypical providers (no NPI) bill with a payer id in 2010BB
                                // an institution bills as an organization (NM102 = 2) in the 837I
                                nm1(
                                        "Billing Provider Name",
                                        R,
                                        q("85"),
                                        institutional ? q("2") : q("1", "2"),
                                        true,
                                        "XX"),
                                n3(R),
                                n4(R),
                                // an institution's tax id is its EIN; a professional may bill under an SSN
                                institutional
                                        ? ref("Billing Provider Tax Identification", R, 1, "EI")
                                        : ref("Billing Provider Tax Identification", R, 1, "EI", "SY"),
                                ref("Billing Provider UPIN/License Information", S, 2, "0B", "1G"),
                                per("Billing Provider Contact Information", S, 2)),
                        loop(
                                "2010AB",
                                "Pay-to Address Name",
                                S,
                                1,
                                nm1("Pay-to Address Name", R, q("87"), q("1", "2"), false),
                                n3(R),
                                n4(R)),
                        loop(
                                "2010AC",
                                "Pay-To Plan Name",
                                S,
                                1,
                                nm1Identified("Pay-To Plan Name", R, q("PE"), q("2"), "PI", "XV"),
                                n3(R),
                                n4(R),
                                ref("Pay-to Plan Secondary Identification", S, 1, "2U", "FY", "NF"),
                                ref("Pay-To Plan Tax Identification Number", R, 1, "EI")),
                        subscriber),
                se());
    }

    private static LoopRule subscriber() {
        return subscriber(false, claim());
    }

    /** The subscriber level 2000B with 2010BA/BB, its claims and the patient level 2000C. */
    static LoopRule subscriber(boolean institutional, LoopRule claim) {
        return loop(
                "2000B",
                "Subscriber Hierarchical Level",
                R,
                UNBOUNDED,
                hl("Subscriber Hierarchical Level", "22", "0", "1"),
                sbr("Subscriber Information", false),
                pat("Patient Information", S, false),
                loop(
                        "2010BA",
                        "Subscriber Name",
                        R,
                        1,
                        nm1("Subscriber Name", R, q("IL"), q("1", "2"), true, "II", "MI"),
                        n3(S),
                        n4(S),
                        dmg(S),
                        ref("Subscriber Secondary Identification", S, 1, "SY"),
                        ref("Property and Casualty Claim Number", S, 1, "Y4"),
                        per("Property and Casualty Subscriber Contact Information", institutional ? N : S, 1)),
                loop(
                        "2010BB",
                        "Payer Name",
                        R,
                        1,
                        nm1Identified("Payer Name", R, q("PR"), q("2"), "PI", "XV"),
                        n3(S),
                        n4(S),
                        ref("Payer Secondary Identification", S, 3, "2U", "EI", "FY", "NF"),
                        ref("Billing Provider Secondary Identification", S, 2, "G2", "LU")),
                claim,
                loop(
                        "2000C",
                        "Patient Hierarchical Level",
                        S,
                        UNBOUNDED,
                        hl("Patient Hierarchical Level", "23", "0"),
                        pat("Patient Information", R, true),
                        loop(
                                "2010CA",
                                "Patient Name",
                                R,
                                1,
                                nm1("Patient Name", R, q("QC"), q("1"), true),
                                n3(R),
                                n4(R),
                                dmg(R),
                                ref("Property and Casualty Claim Number", S, 1, "Y4"),
                                ref("Property and Casualty Patient Identifier", S, 1, "1W", "SY"),
                                per("Property and Casualty Patient Contact Information", institutional ? N : S, 1)),
                        claim));
    }

    static SegmentRule clm(boolean institutional) {
        return seg(
                "CLM",
                "Claim Information",
                R,
                1,
                el(1, R, AN, 1, 38),
                el(2, R, DEC, 1, 18),
                el(3, N, ID, 1, 2),
                el(4, N, ID, 1, 2),
                composite(5, R),
                comp(5, 1, R, AN, 1, 2),
                comp(5, 2, R, ID, 1, 2, institutional ? "A" : "B"),
                comp(5, 3, R, ID, 1, 1),
                el(6, institutional ? S : R, ID, 1, 1, codes("N Y")),
                el(7, R, ID, 1, 1, codes("A B C")),
                el(8, R, ID, 1, 1, codes("N W Y")),
                el(9, R, ID, 1, 1, codes("I Y")),
                el(10, S, ID, 1, 1, "P"),
                composite(11, S),
                comp(11, 1, R, ID, 2, 3, codes("AA EM OA")),
                comp(11, 2, S, ID, 2, 3, codes("AA EM OA")),
                comp(11, 4, S, ID, 2, 2),
                comp(11, 5, S, ID, 2, 3),
                el(12, institutional ? N : S, ID, 2, 3, codes("02 03 05 09")),
                el(13, N, ID, 1, 1),
                el(14, N, ID, 1, 1),
                el(15, N, ID, 1, 1),
                el(16, N, ID, 1, 1),
                el(17, N, ID, 1, 2),
                el(18, N, ID, 1, 1),
                el(19, N, ID, 1, 2),
                el(20, S, ID, 1, 2, codes("1 2 3 4 5 6 7 8 9 10 11 15")));
    }

    private static LoopRule claim() {
        String[] ids = codes("0B 1G G2 LU");
        return loop(
                "2300",
                "Claim Information",
                S,
                100,
                clm(false),
                dtp(
                        "Claim Dates",
                        S,
                        30,
                        codes("D8 RD8"),
                        codes("431 454 304 453 439 484 455 471 314 360 361 297 296 435 096 090 091 444 050")),
                pwk("Claim Supplemental Information", S, 10),
                cn1(S),
                amt("Patient Amount Paid", S, "F5"),
                ref("Service Authorization Exception Code", S, 1, "4N"),
                ref("Mandatory Medicare Crossover Indicator", S, 1, "F5"),
                ref("Mammography Certification Number", S, 1, "EW"),
                ref("Referral Number", S, 1, "9F"),
                ref("Prior Authorization", S, 1, "G1"),
                ref("Payer Claim Control Number", S, 1, "F8"),
                ref("Clinical Laboratory Improvement Amendment (CLIA) Number", S, 1, "X4"),
                ref("Repriced Claim Number", S, 1, "9A"),
                ref("Adjusted Repriced Claim Number", S, 1, "9C"),
                ref("Investigational Device Exemption Number", S, 1, "LX"),
                ref("Claim Identifier For Transmission Intermediaries", S, 1, "D9"),
                ref("Medical Record Number", S, 1, "EA"),
                ref("Demonstration Project Identifier", S, 1, "P4"),
                ref("Care Plan Oversight", S, 1, "1J"),
                k3(S),
                nte("Claim Note", S, 1, codes("ADD CER DCP DGN TPO")),
                seg(
                        "CR1",
                        "Ambulance Transport Information",
                        S,
                        1,
                        el(1, S, ID, 2, 2, "LB"),
                        el(2, S, DEC, 1, 10),
                        el(3, N, ID, 1, 1),
                        el(4, R, ID, 1, 1, codes("A B C D E F")),
                        el(5, R, ID, 2, 2, "DH"),
                        el(6, R, DEC, 1, 15),
                        el(9, S, AN, 1, 80),
                        el(10, S, AN, 1, 80)),
                seg("CR2", "Spinal Manipulation Service Information", S, 1),
                crc("Claim Condition Indicators", S, 8, codes("07 E1 E2 E3 75 ZZ")),
                hi("Health Care Diagnosis Code", R, 1, "ABK", "BK"),
                hi("Anesthesia Related Procedure", S, 1, "BP", "BO"),
                hi("Condition Information", S, 2, "BG"),
                hcp(S),
                loop(
                        "2310A",
                        "Referring Provider Name",
                        S,
                        2,
                        nm1("Referring Provider Name", R, q("DN", "P3"), q("1"), true, "XX"),
                        ref("Referring Provider Secondary Identification", S, 3, ids)),
                loop(
                        "2310B",
                        "Rendering Provider Name",
                        S,
                        1,
                        nm1("Rendering Provider Name", R, q("82"), q("1", "2"), true, "XX"),
                        prv("Rendering Provider Specialty Information", S, "PE"),
                        ref("Rendering Provider Secondary Identification", S, 4, ids)),
                loop(
                        "2310C",
                        "Service Facility Location Name",
                        S,
                        1,
                        nm1("Service Facility Location Name", R, q("77"), q("2"), true, "XX"),
                        n3(R),
                        n4(R),
                        ref("Service Facility Location Secondary Identification", S, 3, "0B", "G2", "LU"),
                        per("Service Facility Contact Information", S, 1)),
                loop(
                        "2310D",
                        "Supervising Provider Name",
                        S,
                        1,
                        nm1("Supervising Provider Name", R, q("DQ"), q("1"), true, "XX"),
                        ref("Supervising Provider Secondary Identification", S, 4, ids)),
                loop(
                        "2310E",
                        "Ambulance Pick-up Location",
                        S,
                        1,
                        nm1("Ambulance Pick-up Location", R, q("PW"), q("2"), false),
                        n3(R),
                        n4(R)),
                loop(
                        "2310F",
                        "Ambulance Drop-off Location",
                        S,
                        1,
                        nm1("Ambulance Drop-off Location", R, q("45"), q("2"), false),
                        n3(R),
                        n4(R)),
                otherSubscriber(),
                serviceLine());
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
                amt("Coordination of Benefits (COB) Payer Paid Amount", S, "D"),
                amt("Coordination of Benefits (COB) Total Non-Covered Amount", S, "A8"),
                amt("Remaining Patient Liability", S, "EAF"),
                oi(R),
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
                otherSubscriberName(),
                otherPayerName(1),
                loop(
                        "2330C",
                        "Other Payer Referring Provider",
                        S,
                        2,
                        nm1("Other Payer Referring Provider", R, q("DN", "P3"), q("1"), false),
                        ref("Other Payer Referring Provider Secondary Identification", R, 3, ids)),
                loop(
                        "2330D",
                        "Other Payer Rendering Provider",
                        S,
                        1,
                        nm1("Other Payer Rendering Provider", R, q("82"), q("1", "2"), false),
                        ref("Other Payer Rendering Provider Secondary Identification", R, 3, ids)),
                loop(
                        "2330E",
                        "Other Payer Service Facility Location",
                        S,
                        1,
                        nm1("Other Payer Service Facility Location", R, q("77"), q("2"), false),
                        ref("Other Payer Service Facility Location Secondary Identification", R, 3, ids)),
                loop(
                        "2330F",
                        "Other Payer Supervising Provider",
                        S,
                        1,
                        nm1("Other Payer Supervising Provider", R, q("DQ"), q("1"), false),
                        ref("Other Payer Supervising Provider Secondary Identification", R, 3, ids)),
                loop(
                        "2330G",
                        "Other Payer Billing Provider",
                        S,
                        1,
                        nm1("Other Payer Billing Provider", R, q("85"), q("1", "2"), false),
                        ref("Other Payer Billing Provider Secondary Identification", R, 2, "G2", "LU")));
    }

    static SegmentRule sv1() {
        return seg(
                "SV1",
                "Professional Service",
                R,
                1,
                composite(1, R),
                comp(1, 1, R, ID, 2, 2, codes("ER HC IV WK")),
                comp(1, 2, R, AN, 1, 48),
                comp(1, 3, S, AN, 2, 2),
                comp(1, 4, S, AN, 2, 2),
                comp(1, 5, S, AN, 2, 2),
                comp(1, 6, S, AN, 2, 2),
                comp(1, 7, S, AN, 1, 80),
                el(2, R, DEC, 1, 18),
                el(3, R, ID, 2, 2, codes("MJ UN")),
                el(4, R, DEC, 1, 15),
                el(5, S, AN, 1, 2),
                el(6, N, ID, 1, 2),
                composite(7, R),
                comp(7, 1, R, N0, 1, 2),
                comp(7, 2, S, N0, 1, 2),
                comp(7, 3, S, N0, 1, 2),
                comp(7, 4, S, N0, 1, 2),
                el(8, N, DEC, 1, 18),
                el(9, S, ID, 1, 1, "Y"),
                el(10, N, ID, 1, 1),
                el(11, S, ID, 1, 1, "Y"),
                el(12, S, ID, 1, 1, "Y"),
                el(13, N, ID, 1, 2),
                el(14, N, ID, 1, 2),
                el(15, S, ID, 1, 1, "0"));
    }

    private static LoopRule serviceLine() {
        String[] ids = codes("0B 1G G2 LU");
        return loop(
                "2400",
                "Service Line Number",
                R,
                50,
                lx(),
                sv1(),
                seg("SV5", "Durable Medical Equipment Service", S, 1),
                pwk("Line Supplemental Information", S, 10).when(2, codes("AA BM EL EM FT FX")),
                seg(
                                "PWK",
                                "Durable Medical Equipment Certificate of Medical Necessity Indicator",
                                S,
                                1,
                                el(1, R, ID, 2, 2, "CT"),
                                el(2, R, ID, 1, 2, codes("AB AD AF AG NS")))
                        .when(2, codes("AB AD AF AG NS")),
                seg("CR1", "Ambulance Transport Information", S, 1),
                seg("CR3", "Durable Medical Equipment Certification", S, 1),
                crc("Condition Indicators", S, 5, codes("07 70 09")),
                dtp("Date - Service Date", R, 1, D8_RD8, "472"),
                dtp("Line Dates", S, 12, codes("D8 RD8"), codes("471 607 463 461 304 738 739 011 455 454")),
                seg("QTY", "Quantity", S, 2, el(1, R, ID, 2, 2, codes("PT FL")), el(2, R, DEC, 1, 15)),
                seg("MEA", "Test Result", S, 5),
                cn1(S),
                ref("Repriced Line Item Reference Number", S, 1, "9B"),
                ref("Adjusted Repriced Line Item Reference Number", S, 1, "9D"),
                ref("Prior Authorization", S, 5, "G1"),
                ref("Line Item Control Number", S, 1, "6R"),
                ref("Mammography Certification Number", S, 1, "EW"),
                ref("Clinical Laboratory Improvement Amendment (CLIA) Number", S, 1, "X4"),
                ref("Referring CLIA Number", S, 1, "F4"),
                ref("Immunization Batch Number", S, 1, "BT"),
                ref("Referral Number", S, 5, "9F"),
                amt("Sales Tax Amount", S, "T"),
                amt("Postage Claimed Amount", S, "F4"),
                k3(S),
                nte("Line Note", S, 1, "ADD", "DCP"),
                nte("Third Party Organization Notes", S, 1, "TPO"),
                seg("PS1", "Purchased Service Information", S, 1),
                hcp(S, true),
                loop(
                        "2410",
                        "Drug Identification",
                        S,
                        1,
                        lin(),
                        ctp(),
                        ref("Prescription or Compound Drug Association Number", S, 1, "VY", "XZ")),
                loop(
                        "2420A",
                        "Rendering Provider Name",
                        S,
                        1,
                        nm1("Rendering Provider Name", R, q("82"), q("1", "2"), true, "XX"),
                        prv("Rendering Provider Specialty Information", S, "PE"),
                        ref("Rendering Provider Secondary Identification", S, 20, ids)),
                loop(
                        "2420B",
                        "Purchased Service Provider Name",
                        S,
                        1,
                        nm1("Purchased Service Provider Name", R, q("QB"), q("1", "2"), false, "XX"),
                        ref("Purchased Service Provider Secondary Identification", S, 20, "0B", "1G", "G2")),
                loop(
                        "2420C",
                        "Service Facility Location Name",
                        S,
                        1,
                        nm1("Service Facility Location Name", R, q("77"), q("2"), false, "XX"),
                        n3(R),
                        n4(R),
                        ref("Service Facility Location Secondary Identification", S, 3, "0B", "G2", "LU")),
                loop(
                        "2420D",
                        "Supervising Provider Name",
                        S,
                        1,
                        nm1("Supervising Provider Name", R, q("DQ"), q("1"), true, "XX"),
                        ref("Supervising Provider Secondary Identification", S, 20, ids)),
                loop(
                        "2420E",
                        "Ordering Provider Name",
                        S,
                        1,
                        nm1("Ordering Provider Name", R, q("DK"), q("1"), true, "XX"),
                        n3(S),
                        n4(S),
                        ref("Ordering Provider Secondary Identification", S, 20, ids),
                        per("Ordering Provider Contact Information", S, 1)),
                loop(
                        "2420F",
                        "Referring Provider Name",
                        S,
                        2,
                        nm1("Referring Provider Name", R, q("DN", "P3"), q("1"), true, "XX"),
                        ref("Referring Provider Secondary Identification", S, 20, ids)),
                loop(
                        "2420G",
                        "Ambulance Pick-up Location",
                        S,
                        1,
                        nm1("Ambulance Pick-up Location", R, q("PW"), q("2"), false),
                        n3(R),
                        n4(R)),
                loop(
                        "2420H",
                        "Ambulance Drop-off Location",
                        S,
                        1,
                        nm1("Ambulance Drop-off Location", R, q("45"), q("2"), false),
                        n3(R),
                        n4(R)),
                lineAdjudication(false, 15),
                loop(
                        "2440",
                        "Form Identification Code",
                        S,
                        UNBOUNDED,
                        seg(
                                "LQ",
                                "Form Identification Code",
                                R,
                                1,
                                el(1, R, ID, 2, 3, codes("AS UT")),
                                el(2, R, AN, 1, 30)),
                        seg("FRM", "Supporting Documentation", R, 99)));
    }

    static LoopRule lineAdjudication(boolean institutional, int max) {
        return loop(
                "2430",
                "Line Adjudication Information",
                S,
                max,
                svd(institutional),
                cas("Line Adjustment"),
                dtp("Line Check or Remittance Date", R, 1, D8, "573"),
                amt("Remaining Patient Liability", S, "EAF"));
    }
}
