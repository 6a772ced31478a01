package org.openrcm.codes.procedures;

/**
 * The names under which the procedure readers keep a code's further columns in {@link org.openrcm.codes.Code#details}
 * (values as the release writes them; several values of one field joined with {@code ", "}; dates as {@code
 * 2024-07-01}). Only fields that have a value are kept.
 */
public final class Details {

    private Details() {}

    // HCPCS Level II (CMS alpha-numeric file, ANWEB or CSV)
    /** Pricing indicator(s), e.g. {@code 51} (drugs), {@code 32} (DME inexpensive or routinely purchased). */
    public static final String PRICING = "pricing indicator";
    /** Multiple pricing indicator, e.g. {@code A} (not applicable: one pricing indicator). */
    public static final String MULTIPLE_PRICING = "multiple pricing indicator";
    /**
     * Coverage: C carrier judgment, D special coverage instructions, I not payable by Medicare, M non-covered by
     * Medicare, S non-covered by Medicare statute.
     */
    public static final String COVERAGE = "coverage";
    /** Coverage Issues Manual section(s). */
    public static final String COVERAGE_ISSUES_MANUAL = "coverage issues manual";
    /** Medicare Carriers Manual section(s). */
    public static final String CARRIERS_MANUAL = "carriers manual";

    public static final String STATUTE = "statute";
    /** CLIA lab certification code(s). */
    public static final String LAB_CERTIFICATION = "lab certification";
    /** Codes to use instead or besides (cross reference). */
    public static final String CROSS_REFERENCE = "cross reference";

    public static final String ASC_GROUP = "ASC payment group";
    public static final String ASC_GROUP_EFFECTIVE = "ASC payment group effective";
    /** Number of the CMS processing note ({@code proc_notes_YYYY.txt}). */
    public static final String PROCESSING_NOTE = "processing note";
    /** Berenson-Eggers type of service, e.g. {@code O1E} (other drugs). */
    public static final String BETOS = "BETOS";
    /** Medicare type(s) of service, e.g. {@code 1, P}. */
    public static final String TYPE_OF_SERVICE = "type of service";
    /** Anesthesia base units, when not 0. */
    public static final String ANESTHESIA_BASE_UNITS = "anesthesia base units";
    /**
     * The last action on the code: A added, C long description changed, D discontinued, N no maintenance, P payment
     * change, S short description changed, and so on.
     */
    public static final String ACTION = "action";

    public static final String ACTION_EFFECTIVE = "action effective";

    // CPT (MPFS RVU file)
    /** CPT category: {@code I}, {@code II} (tracking, ends in F) or {@code III} (emerging technology, ends in T). */
    public static final String CATEGORY = "category";
    /** MPFS status code, e.g. {@code A} active, {@code B} bundled, {@code I} not valid for Medicare. */
    public static final String STATUS = "MPFS status";
    /** MPFS global surgery days: {@code 000}, {@code 010}, {@code 090}, {@code XXX}, {@code YYY}, {@code ZZZ}. */
    public static final String GLOBAL_DAYS = "global days";

    // Modifiers
    /** Who defines the modifier: {@code HCPCS} (Level II, CMS) or {@code CPT} (AMA); {@code HCPCS, CPT} for both. */
    public static final String TYPE = "type";
    /** The modifier's group, e.g. {@code Anatomic Side of Body}. */
    public static final String MODIFIER_CATEGORY = "category";

    public static final String INFORMATION = "information";
    public static final String INSTRUCTIONS = "instructions";
    public static final String CORRECT_USE = "correct use";
    public static final String INCORRECT_USE = "incorrect use";
    public static final String RESOURCES = "resources";
    public static final String NOTE = "note";
}
