package org.openrcm.edits.ncci;

import java.util.Locale;
import java.util.Set;

/**
 * The NCCI PTP-associated modifiers: those that, when the clinical circumstances justify them, let both codes of a
 * PTP edit with modifier indicator 1 be paid. The list is CMS's, from the NCCI Policy Manual for Medicare Services,
 * chapter I (General Correct Coding Policies), "Modifiers and Modifier Indicators", which sorts them as below; the
 * issue (5, NCCI_PTP) names most of them, and CMS adds FA, TA, the coronary artery modifiers and 27.
 */
public final class NcciModifiers {

    /** Anatomic: eyelids, fingers, toes, sides, coronary arteries. */
    private static final Set<String> ANATOMIC = Set.of(
            "E1", "E2", "E3", "E4", // eyelids
            "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", // fingers
            "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", // toes
            "LT", "RT", // sides
            "LC", "LD", "LM", "RC", "RI"); // coronary arteries

    /** Global surgery: services in a surgical package that are separate after all. */
    private static final Set<String> GLOBAL_SURGERY = Set.of("24", "25", "57", "58", "78", "79");

    /**
     * Other: 27 (multiple outpatient hospital E/M encounters), 59 (distinct procedural service) and its subsets XE
     * (separate encounter), XS (separate structure), XP (separate practitioner), XU (unusual non-overlapping
     * service), 91 (repeat clinical diagnostic laboratory test).
     */
    private static final Set<String> OTHER = Set.of("27", "59", "91", "XE", "XS", "XP", "XU");

    private static final Set<String> ALL;

    static {
        java.util.Set<String> all = new java.util.HashSet<>(ANATOMIC);
        all.addAll(GLOBAL_SURGERY);
        all.addAll(OTHER);
        ALL = Set.copyOf(all);
    }

    private NcciModifiers() {}

    /** Whether a modifier (capitals or not) may bypass a PTP edit whose modifier indicator is 1. */
    public static boolean bypassesPtp(String modifier) {
        return modifier != null && ALL.contains(modifier.strip().toUpperCase(Locale.ROOT));
    }

    /** All of them, for a message that lists them. */
    public static Set<String> all() {
        return ALL;
    }

    /** Whether the modifier belongs on an E/M service (24, 25, 57): it bypasses an edit only from the E/M line. */
    public static boolean isEvaluationAndManagementOnly(String modifier) {
        return switch (modifier == null ? "" : modifier.strip().toUpperCase(Locale.ROOT)) {
            case "24", "25", "57" -> true;
            default -> false;
        };
    }

    /** Whether the modifier is an anatomic one (a PTP bypass only when the two codes concern different sites). */
    public static boolean isAnatomic(String modifier) {
        return modifier != null && ANATOMIC.contains(modifier.strip().toUpperCase(Locale.ROOT));
    }
}
