package org.openrcm.x12.remit;

import java.math.BigDecimal;
import java.util.List;

/**
 * Inpatient adjudication (MIA): covered days, PPS and DRG amounts, and up to five claim payment remark codes (MIA05,
 * MIA20 to MIA23, in that order).
 */
public record InpatientAdjudication(
        BigDecimal coveredDays,
        BigDecimal ppsOperatingOutlierAmount,
        BigDecimal lifetimePsychiatricDays,
        BigDecimal drgAmount,
        BigDecimal disproportionateShareAmount,
        BigDecimal mspPassThroughAmount,
        BigDecimal ppsCapitalAmount,
        BigDecimal ppsCapitalFspDrgAmount,
        BigDecimal ppsCapitalHspDrgAmount,
        BigDecimal ppsCapitalDshDrgAmount,
        BigDecimal oldCapitalAmount,
        BigDecimal ppsCapitalImeAmount,
        BigDecimal ppsOperatingHospitalSpecificDrgAmount,
        BigDecimal costReportDayCount,
        BigDecimal ppsOperatingFederalSpecificDrgAmount,
        BigDecimal ppsCapitalOutlierAmount,
        BigDecimal indirectTeachingAmount,
        BigDecimal nonpayableProfessionalComponentAmount,
        List<String> remarkCodes,
        BigDecimal ppsCapitalExceptionAmount) {

    public InpatientAdjudication {
        remarkCodes = remarkCodes == null ? List.of() : List.copyOf(remarkCodes);
    }
}
