package org.openrcm.x12.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One service line of a claim as a status transaction names it (SVC and what follows): asked about in a 276,
 * reported on in a 277 or 277CA.
 *
 * @param productQualifier SVC01-1: HC (CPT/HCPCS), NU (revenue code), N4 (NDC)…
 * @param procedureCode SVC01-2
 * @param modifiers SVC01-3 to SVC01-6
 * @param charge SVC02 line item charge
 * @param payment SVC03 line item payment (277)
 * @param revenueCode SVC04
 * @param units SVC07 units of service
 * @param statuses STC of the line (277, 277CA; empty in a 276)
 * @param lineItemControlNumber REF*FJ
 * @param prescriptionNumber REF*XZ (277CA)
 * @param serviceFrom DTP*472, the first day
 * @param serviceTo DTP*472, the last day ({@code null} for a single date)
 */
public record ServiceLine(
        String productQualifier,
        String procedureCode,
        List<String> modifiers,
        BigDecimal charge,
        BigDecimal payment,
        String revenueCode,
        BigDecimal units,
        List<ClaimStatus> statuses,
        String lineItemControlNumber,
        String prescriptionNumber,
        LocalDate serviceFrom,
        LocalDate serviceTo) {

    public ServiceLine {
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        if (modifiers.size() > 4) {
            throw new IllegalArgumentException("a service line has at most four procedure modifiers");
        }
    }
}
