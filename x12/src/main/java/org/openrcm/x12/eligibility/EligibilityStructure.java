package org.openrcm.x12.eligibility;

import static org.openrcm.x12.ig.Rules.*;

import java.util.ArrayList;
import java.util.List;
import org.openrcm.x12.ig.LoopRule;
import org.openrcm.x12.ig.Node;
import org.openrcm.x12.ig.SegmentRule;

/**
 * The structure of the 005010X279A1 guide, shared by its two directions: the 270 inquiry and the 271 response have
 * the same hierarchy (information source, information receiver, subscriber, dependent) and differ in the segments
 * the payer adds (AAA, PER, EB and its companions). Code lists are the guide's; where the guide defers to an
 * external list that changes (service type codes, place of service) only the form is checked.
 */
final class EligibilityStructure {

    static final String ENTITY_TYPES = "1 2";
    static final String COVERAGE_LEVELS = "CHD DEP ECH EMP ESP FAM IND SPC SPO TWO";
    static final String ELIGIBILITY_CODES = "1 2 3 4 5 6 7 8 A B C CB D E F G H I J K L M MC N O P Q R S T U V W X Y";
    static final String INSURANCE_TYPES = "12 13 14 15 16 41 42 43 47 AP C1 CO CP D DB EP FF GP HM HN HS IN IP LC LD"
            + " LI LT MA MB MC MH MI MP OT PE PL PP PR PS QM RP SP TF WC WU";
    static final String TIME_PERIODS = "6 7 13 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36";
    static final String QUANTITY_QUALIFIERS = "8H 99 CA CE D3 DB DY HS LA LE M2 MN P6 QA S7 S8 VS YY";
    static final String PROCEDURE_QUALIFIERS = "AD CJ HC ID IV N4 ZZ";
    static final String FOLLOW_UPS = "C N P R S W X Y";
    /** AAA03 at the information source (2000A, 2100A). */
    static final String SOURCE_REJECTIONS = "04 41 42 79 80 T4";
    /** AAA03 at the information receiver (2100B). */
    static final String RECEIVER_REJECTIONS = "15 41 43 44 45 46 47 48 50 51 79 97 T4";
    /**
     * AAA03 at the subscriber, the dependent and their benefits: every reject reason the 271 uses, so that no valid
     * code is refused at any of these levels.
     */
    static final String PERSON_REJECTIONS = "15 33 35 42 43 45 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66"
            + " 67 68 69 70 71 72 73 74 75 76 77 78 79 97 98 AA AE AF AG AO CI E8 IA MA T4";

    static final String PROVIDER_CODES = "AD AT BI CO CV H HH LA OT P1 P2 PC PE R RF SB SK SU";
    static final String PROVIDER_ID_QUALIFIERS = "9K D3 EI HPI PXC SY TJ";
    static final String PERSON_REFERENCES = "18 1L 1W 3H 49 6P CE CT EA EJ F6 GH HJ IF IG MRC N6 NQ Q4 SY Y4";
    static final String BENEFIT_REFERENCES = "18 1L 1W 49 6P 9F ALS CLI F6 F8 FO G1 IG M7 N6 NQ Y4";
    static final String PERSON_DATES_271 =
            "036 050 096 102 152 291 307 318 340 341 342 343 346 347 356 357 382 435 442 458 472 539 540 636 771";
    static final String BENEFIT_DATES_271 =
            "096 193 194 198 290 291 292 295 304 307 318 346 347 348 349 356 357 435 472 636 771";
    static final String RELATED_ENTITIES =
            "03 11 13 1I 1P 2B 36 71 72 73 74 75 76 80 FA GP GW I3 IL LR OC P3 P4 P5 PR PRP SEP TTP VER VN VY X3 Y2";
    static final String RELATED_ID_QUALIFIERS = "24 34 46 FA FI II MI NI PI PP SV XV XX";
    static final String COMMUNICATION = "ED EM EX FX TE UR WP";

    private EligibilityStructure() {}

    /** The root loop (ST…SE) of the 270 ({@code response = false}) or the 271. */
    static LoopRule root(boolean response) {
        String set = response ? "271" : "270";
        String name = response ? "Health Care Eligibility Benefit Response" : "Health Care Eligibility Benefit Inquiry";
        return loop(
                "",
                name,
                R,
                1,
                seg(
                        "ST",
                        "Transaction Set Header",
                        R,
                        1,
                        el(1, R, ID, 3, 3, set),
                        el(2, R, AN, 4, 9),
                        el(3, R, AN, 1, 35, "005010X279A1", "005010X279")),
                seg(
                        "BHT",
                        "Beginning of Hierarchical Transaction",
                        R,
                        1,
                        el(1, R, ID, 4, 4, "0022"),
                        el(2, R, ID, 2, 2, response ? codes("06 11") : codes("01 13")),
                        el(3, S, AN, 1, 50),
                        el(4, R, DT, 8, 8),
                        el(5, R, TM, 4, 8),
                        el(6, S, ID, 2, 2, "RT")),
                source(response),
                seg("SE", "Transaction Set Trailer", R, 1, el(1, R, N0, 1, 10), el(2, R, AN, 4, 9)));
    }

    private static LoopRule source(boolean response) {
        List<Node> name = new ArrayList<>();
        name.add(seg(
                "NM1",
                "Information Source Name",
                R,
                1,
                el(1, R, ID, 2, 3, codes("2B 36 GP P5 PR")),
                el(2, R, ID, 1, 1, codes(ENTITY_TYPES)),
                el(3, R, AN, 1, 60),
                el(4, S, AN, 1, 35),
                el(5, S, AN, 1, 25),
                el(6, N, AN, 1, 10),
                el(7, S, AN, 1, 10),
                el(8, R, ID, 1, 2, codes("24 46 FI NI PI XV XX")),
                el(9, R, AN, 2, 80),
                el(10, N, ID, 2, 2),
                el(11, N, ID, 2, 3),
                el(12, N, AN, 1, 60)));
        if (response) {
            name.add(contact("Information Source Contact Information", 3));
            name.add(rejection("Information Source Request Validation", SOURCE_REJECTIONS));
        }
        List<Node> children = new ArrayList<>();
        children.add(hl("Information Source Level", "20", false));
        if (response) {
            children.add(rejection("Request Validation", SOURCE_REJECTIONS));
        }
        children.add(loop("2100A", "Information Source Name", R, 1, name.toArray(Node[]::new)));
        children.add(receiver(response));
        return loop("2000A", "Information Source Level", R, UNBOUNDED, children.toArray(Node[]::new));
    }

    private static LoopRule receiver(boolean response) {
        List<Node> name = new ArrayList<>();
        name.add(seg(
                "NM1",
                "Information Receiver Name",
                R,
                1,
                el(1, R, ID, 2, 3, codes("1P 2B 36 80 FA GP P5 PR")),
                el(2, R, ID, 1, 1, codes(ENTITY_TYPES)),
                el(3, S, AN, 1, 60),
                el(4, S, AN, 1, 35),
                el(5, S, AN, 1, 25),
                el(6, N, AN, 1, 10),
                el(7, S, AN, 1, 10),
                el(8, R, ID, 1, 2, codes("24 34 FI PI PP SV XV XX")),
                el(9, R, AN, 2, 80),
                el(10, N, ID, 2, 2),
                el(11, N, ID, 2, 3),
                el(12, N, AN, 1, 60)));
        name.add(reference(
                "Information Receiver Additional Identification", 9, "0B 1C 1D 1J 4A CT EL EO HPI JD N5 N7 Q4 SY TJ"));
        name.add(street("Information Receiver Address"));
        name.add(city("Information Receiver City, State, ZIP Code"));
        if (response) {
            name.add(rejection("Information Receiver Request Validation", RECEIVER_REJECTIONS));
        }
        name.add(providerInformation("Information Receiver Provider Information"));
        return loop(
                "2000B",
                "Information Receiver Level",
                response ? S : R,
                UNBOUNDED,
                hl("Information Receiver Level", "21", true),
                loop("2100B", "Information Receiver Name", R, 1, name.toArray(Node[]::new)),
                person(response, 'C'));
    }

    /** 2000C (subscriber, {@code level = 'C'}) or 2000D (dependent): the same pattern, a few codes apart. */
    private static LoopRule person(boolean response, char level) {
        boolean subscriber = level == 'C';
        String who = subscriber ? "Subscriber" : "Dependent";
        List<Node> name = new ArrayList<>();
        name.add(seg(
                "NM1",
                who + " Name",
                R,
                1,
                el(1, R, ID, 2, 3, subscriber ? "IL" : "03"),
                el(2, R, ID, 1, 1, subscriber ? codes("1 2") : codes("1")),
                el(3, S, AN, 1, 60),
                el(4, S, AN, 1, 35),
                el(5, S, AN, 1, 25),
                el(6, N, AN, 1, 10),
                el(7, S, AN, 1, 10),
                el(8, S, ID, 1, 2, codes("II MI")),
                el(9, S, AN, 2, 80),
                el(10, N, ID, 2, 2),
                el(11, N, ID, 2, 3),
                el(12, N, AN, 1, 60)));
        name.add(reference(who + " Additional Identification", 9, PERSON_REFERENCES));
        name.add(street(who + " Address"));
        name.add(city(who + " City, State, ZIP Code"));
        if (response) {
            name.add(rejection(who + " Request Validation", PERSON_REJECTIONS));
        }
        name.add(providerInformation("Provider Information"));
        name.add(seg(
                "DMG",
                who + " Demographic Information",
                S,
                1,
                el(1, S, ID, 2, 3, "D8"),
                el(2, S, DT, 8, 8),
                el(3, S, ID, 1, 1, codes("F M U"))));
        name.add(seg(
                "INS",
                who + " Relationship",
                S,
                1,
                el(1, R, ID, 1, 1, subscriber ? "Y" : "N"),
                el(2, R, ID, 2, 2, subscriber ? codes("18") : codes("01 19 20 21 39 40 53 G8")),
                el(3, S, ID, 3, 3, "001"),
                el(4, S, ID, 2, 3),
                el(17, S, N0, 1, 9)));
        name.add(seg(
                "HI",
                who + " Health Care Diagnosis Code",
                S,
                1,
                comp(1, 1, R, ID, 1, 3, codes("ABK BK")),
                comp(1, 2, R, AN, 1, 30),
                diagnosis(2),
                diagnosis(3),
                diagnosis(4),
                diagnosis(5),
                diagnosis(6),
                diagnosis(7),
                diagnosis(8)));
        name.add(date(who + " Date", 9, response ? codes(PERSON_DATES_271) : codes("102 291")));
        if (response) {
            name.add(seg(
                    "MPI",
                    who + " Military Personnel Information",
                    S,
                    1,
                    el(1, R, ID, 1, 1),
                    el(2, R, ID, 2, 2),
                    el(3, R, ID, 1, 2),
                    el(4, S, AN, 1, 80),
                    el(5, S, ID, 2, 3),
                    el(6, S, ID, 2, 3, codes("D8 RD8")),
                    el(7, S, AN, 1, 35)));
        }
        name.add(response ? benefit(level) : inquiry(level));

        List<Node> children = new ArrayList<>();
        children.add(hl(who + " Level", subscriber ? "22" : "23", true));
        children.add(seg(
                "TRN",
                who + " Trace Number",
                S,
                response ? 3 : 2,
                el(1, R, ID, 1, 2, response ? codes("1 2") : codes("1")),
                el(2, R, AN, 1, 50),
                el(3, R, AN, 10, 10),
                el(4, S, AN, 1, 50)));
        children.add(loop("2100" + level, who + " Name", R, 1, name.toArray(Node[]::new)));
        if (subscriber) {
            children.add(person(response, 'D'));
        }
        return loop("2000" + level, who + " Level", S, UNBOUNDED, children.toArray(Node[]::new));
    }

    private static LoopRule inquiry(char level) {
        String who = level == 'C' ? "Subscriber" : "Dependent";
        return loop(
                "2110" + level,
                who + " Eligibility or Benefit Inquiry",
                S,
                99,
                seg(
                        "EQ",
                        who + " Eligibility or Benefit Inquiry",
                        R,
                        1,
                        // EQ01 repeats (up to 99 service types): each repetition is checked by EligibilityChecks.
                        el(1, S, AN, 1, 296),
                        composite(2, S),
                        comp(2, 1, R, ID, 2, 2, codes(PROCEDURE_QUALIFIERS)),
                        comp(2, 2, R, AN, 1, 48),
                        comp(2, 3, S, AN, 2, 2),
                        comp(2, 4, S, AN, 2, 2),
                        comp(2, 5, S, AN, 2, 2),
                        comp(2, 6, S, AN, 2, 2),
                        comp(2, 7, N, AN, 1, 80),
                        comp(2, 8, S, AN, 1, 48),
                        el(3, S, ID, 3, 3, codes(COVERAGE_LEVELS)),
                        el(4, N, ID, 1, 3),
                        composite(5, S),
                        comp(5, 1, R, N0, 1, 2),
                        comp(5, 2, S, N0, 1, 2),
                        comp(5, 3, S, N0, 1, 2),
                        comp(5, 4, S, N0, 1, 2)),
                seg("AMT", who + " Spend Down Amount", S, 2, el(1, R, ID, 1, 3, codes("R PB")), el(2, R, DEC, 1, 18)),
                seg(
                        "III",
                        who + " Eligibility or Benefit Additional Inquiry Information",
                        S,
                        10,
                        el(1, S, ID, 1, 3),
                        el(2, S, AN, 1, 30),
                        el(3, N, ID, 2, 2),
                        el(4, N, AN, 1, 264),
                        composite(5, N)),
                reference(who + " Additional Information", 1, "9F G1"),
                date(who + " Eligibility/Benefit Date", 1, codes("291")));
    }

    private static LoopRule benefit(char level) {
        String who = level == 'C' ? "Subscriber" : "Dependent";
        return loop(
                "2110" + level,
                who + " Eligibility or Benefit Information",
                S,
                UNBOUNDED,
                seg(
                        "EB",
                        who + " Eligibility or Benefit Information",
                        R,
                        1,
                        el(1, R, ID, 1, 2, codes(ELIGIBILITY_CODES)),
                        el(2, S, ID, 3, 3, codes(COVERAGE_LEVELS)),
                        // EB03 repeats (up to 99 service types): each repetition is checked by EligibilityChecks.
                        el(3, S, AN, 1, 296),
                        el(4, S, ID, 1, 3, codes(INSURANCE_TYPES)),
                        el(5, S, AN, 1, 50),
                        el(6, S, ID, 1, 2, codes(TIME_PERIODS)),
                        el(7, S, DEC, 1, 18),
                        el(8, S, DEC, 1, 10),
                        el(9, S, ID, 2, 2, codes(QUANTITY_QUALIFIERS)),
                        el(10, S, DEC, 1, 15),
                        el(11, S, ID, 1, 1, codes("N U Y")),
                        el(12, S, ID, 1, 1, codes("N U W Y")),
                        composite(13, S),
                        comp(13, 1, R, ID, 2, 2, codes(PROCEDURE_QUALIFIERS)),
                        comp(13, 2, R, AN, 1, 48),
                        comp(13, 3, S, AN, 2, 2),
                        comp(13, 4, S, AN, 2, 2),
                        comp(13, 5, S, AN, 2, 2),
                        comp(13, 6, S, AN, 2, 2),
                        comp(13, 7, N, AN, 1, 80),
                        comp(13, 8, S, AN, 1, 48),
                        composite(14, S),
                        comp(14, 1, R, N0, 1, 2),
                        comp(14, 2, S, N0, 1, 2),
                        comp(14, 3, S, N0, 1, 2),
                        comp(14, 4, S, N0, 1, 2)),
                seg(
                        "HSD",
                        "Health Care Services Delivery",
                        S,
                        9,
                        el(1, S, ID, 1, 2),
                        el(2, S, DEC, 1, 15),
                        el(3, S, ID, 2, 2),
                        el(4, S, DEC, 1, 6),
                        el(5, S, ID, 1, 2, codes(TIME_PERIODS)),
                        el(6, S, N0, 1, 3),
                        el(7, S, ID, 1, 2),
                        el(8, S, ID, 1, 1)),
                reference(who + " Additional Identification", 9, BENEFIT_REFERENCES),
                date(who + " Eligibility/Benefit Date", 20, codes(BENEFIT_DATES_271)),
                rejection(who + " Request Validation", PERSON_REJECTIONS),
                seg("MSG", "Message Text", S, 10, el(1, R, AN, 1, 264), el(2, N, ID, 2, 2), el(3, N, N0, 1, 9)),
                loop(
                        "2115" + level,
                        who + " Eligibility or Benefit Additional Information",
                        S,
                        10,
                        seg(
                                "III",
                                who + " Eligibility or Benefit Additional Information",
                                R,
                                1,
                                el(1, S, ID, 1, 3, codes("GR NI ZZ")),
                                el(2, S, AN, 1, 30),
                                el(3, S, ID, 2, 2),
                                el(4, S, AN, 1, 264),
                                composite(5, N))),
                seg("LS", "Loop Header", S, 1, el(1, R, AN, 1, 4, "2120")),
                loop(
                        "2120" + level,
                        who + " Benefit Related Entity Name",
                        S,
                        23,
                        seg(
                                "NM1",
                                who + " Benefit Related Entity Name",
                                R,
                                1,
                                el(1, R, ID, 2, 3, codes(RELATED_ENTITIES)),
                                el(2, R, ID, 1, 1, codes(ENTITY_TYPES)),
                                el(3, S, AN, 1, 60),
                                el(4, S, AN, 1, 35),
                                el(5, S, AN, 1, 25),
                                el(6, N, AN, 1, 10),
                                el(7, S, AN, 1, 10),
                                el(8, S, ID, 1, 2, codes(RELATED_ID_QUALIFIERS)),
                                el(9, S, AN, 2, 80),
                                el(10, S, ID, 2, 2, codes("01 02 27 41 48 65 72")),
                                el(11, N, ID, 2, 3),
                                el(12, N, AN, 1, 60)),
                        street(who + " Benefit Related Entity Address"),
                        city(who + " Benefit Related Entity City, State, ZIP Code", true),
                        contact(who + " Benefit Related Entity Contact Information", 3),
                        providerInformation(who + " Benefit Related Provider Information")),
                seg("LE", "Loop Trailer", S, 1, el(1, R, AN, 1, 4, "2120")));
    }

    private static SegmentRule hl(String name, String level, boolean parent) {
        return seg(
                        "HL",
                        name,
                        R,
                        1,
                        el(1, R, AN, 1, 12),
                        el(2, parent ? R : N, AN, 1, 12),
                        el(3, R, ID, 1, 2, level),
                        el(4, level.equals("23") ? S : R, ID, 1, 1, level.equals("23") ? codes("0") : codes("0 1")))
                .when(3, level);
    }

    private static SegmentRule rejection(String name, String reasons) {
        return seg(
                "AAA",
                name,
                S,
                9,
                el(1, R, ID, 1, 1, codes("N Y")),
                el(2, N, AN, 1, 30),
                el(3, R, ID, 2, 2, codes(reasons)),
                el(4, R, ID, 1, 1, codes(FOLLOW_UPS)));
    }

    private static SegmentRule contact(String name, int max) {
        return seg(
                "PER",
                name,
                S,
                max,
                el(1, R, ID, 2, 2, "IC"),
                el(2, S, AN, 1, 60),
                el(3, S, ID, 2, 2, codes(COMMUNICATION)),
                el(4, S, AN, 1, 256),
                el(5, S, ID, 2, 2, codes(COMMUNICATION)),
                el(6, S, AN, 1, 256),
                el(7, S, ID, 2, 2, codes(COMMUNICATION)),
                el(8, S, AN, 1, 256),
                el(9, N, AN, 1, 20));
    }

    private static SegmentRule reference(String name, int max, String qualifiers) {
        return seg(
                "REF",
                name,
                S,
                max,
                el(1, R, ID, 2, 3, codes(qualifiers)),
                el(2, R, AN, 1, 50),
                el(3, S, AN, 1, 80),
                composite(4, N));
    }

    private static SegmentRule street(String name) {
        return seg("N3", name, S, 1, el(1, R, AN, 1, 55), el(2, S, AN, 1, 55));
    }

    private static SegmentRule city(String name) {
        return city(name, false);
    }

    private static SegmentRule city(String name, boolean region) {
        return seg(
                "N4",
                name,
                S,
                1,
                el(1, R, AN, 2, 30),
                el(2, S, ID, 2, 2),
                el(3, S, ID, 3, 15),
                el(4, S, ID, 2, 3),
                el(5, region ? S : N, ID, 1, 2, codes("RJ")),
                el(6, region ? S : N, AN, 1, 30),
                el(7, S, ID, 1, 3));
    }

    private static SegmentRule providerInformation(String name) {
        return seg(
                "PRV",
                name,
                S,
                1,
                el(1, R, ID, 1, 3, codes(PROVIDER_CODES)),
                el(2, S, ID, 2, 3, codes(PROVIDER_ID_QUALIFIERS)),
                el(3, S, AN, 1, 50));
    }

    private static SegmentRule date(String name, int max, String... qualifiers) {
        return seg(
                "DTP",
                name,
                S,
                max,
                el(1, R, ID, 3, 3, qualifiers),
                el(2, R, ID, 2, 3, codes("D8 RD8")),
                el(3, R, AN, 1, 35));
    }

    private static org.openrcm.x12.ig.ElementRule diagnosis(int position) {
        return comp(position, 1, S, ID, 1, 3, codes("ABF BF"));
    }
}
