package org.openrcm.codes.fees;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One line of the MPFS relative value file (PPRRVU): a HCPCS code with or without a modifier ({@code 26}, {@code TC},
 * {@code 53}), its status, its relative value units, the payment policy indicators, and the conversion factor the
 * file states on the line.
 *
 * @param modifier {@code ""} for the code without a modifier
 * @param status the MPFS status code: {@code A} active, {@code R} restricted, {@code T} paid only alone, {@code C}
 *     priced by the MAC, {@code I} not valid for Medicare, {@code B}/{@code P} bundled, {@code N} not covered, {@code
 *     X} statutory exclusion, {@code E} excluded by regulation, {@code J} anesthesia, {@code M} measurement…
 * @param notUsedForMedicarePayment the file's {@code +}: RVUs given though Medicare does not pay by them
 * @param nonFacilityNa CMS's {@code NA}: rarely or never performed outside a facility
 * @param facilityNa CMS's {@code NA}: rarely or never performed in a facility
 * @param nonFacilityTotal the file's own total (work + non-facility PE + MP), null if it gives none
 * @param opps the PE and MP RVUs CMS uses for the OPPS cap on imaging, null if none
 * @param conversionFactor the conversion factor on the line, null if the file gives none
 */
public record Rvu(
        String hcpcs,
        String modifier,
        String description,
        String status,
        boolean notUsedForMedicarePayment,
        BigDecimal work,
        BigDecimal nonFacilityPe,
        BigDecimal facilityPe,
        BigDecimal malpractice,
        boolean nonFacilityNa,
        boolean facilityNa,
        @Nullable BigDecimal nonFacilityTotal,
        @Nullable BigDecimal facilityTotal,
        Policy policy,
        @Nullable OppsCap opps,
        @Nullable BigDecimal conversionFactor,
        Source source) {

    /**
     * The payment policy indicators (CMS's names): PC/TC indicator, global days ({@code 000}, {@code 010}, {@code
     * 090}, {@code XXX}, {@code YYY}, {@code ZZZ}, {@code MMM}), the global surgery split ({@code pre/intra/post},
     * fractions), multiple procedure, bilateral, assistant at surgery, co-surgeons and team surgery indicators, the
     * endoscopic base code, physician supervision, calculation flag and diagnostic imaging family. Empty when the
     * file does not give one.
     */
    public record Policy(
            String pcTc,
            String globalDays,
            @Nullable BigDecimal preOp,
            @Nullable BigDecimal intraOp,
            @Nullable BigDecimal postOp,
            String multipleProcedure,
            String bilateralSurgery,
            String assistantAtSurgery,
            String coSurgeons,
            String teamSurgery,
            String endoscopicBase,
            String supervision,
            String calculationFlag,
            String imagingFamily) {}

    /** The non-facility PE, facility PE and MP RVUs used for the OPPS payment cap on imaging services. */
    public record OppsCap(BigDecimal nonFacilityPe, BigDecimal facilityPe, BigDecimal malpractice) {}

    /** The key of a code and modifier: {@code 99213}, {@code 71046-26}. */
    public static String key(String hcpcs, @Nullable String modifier) {
        String h = hcpcs.strip().toUpperCase(Locale.ROOT);
        String m = modifier == null ? "" : modifier.strip().toUpperCase(Locale.ROOT);
        return m.isEmpty() ? h : h + "-" + m;
    }

    public String key() {
        return key(hcpcs, modifier);
    }

    /** The practice expense RVU of the setting: facility or non-facility. */
    public BigDecimal practiceExpense(boolean facility) {
        return facility ? facilityPe : nonFacilityPe;
    }

    /** Whether the status lets Medicare pay the code by its RVUs: A, R or T. */
    public boolean payableByRvus() {
        return switch (status) {
            case "A", "R", "T" -> true;
            default -> false;
        };
    }
}
