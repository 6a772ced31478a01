package org.openrcm.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One service line of a claim payment (loop 2110): the procedure as paid, charge and payment, revenue code, units paid
 * and originally billed, the procedure as submitted when the payer changed or bundled it (SVC06), dates, adjustments,
 * identifiers (REF 6R line control number and others), supplemental amounts (AMT*B6 allowed …) and remarks (LQ).
 */
public record ServicePayment(
        Procedure procedure,
        BigDecimal charge,
        BigDecimal payment,
        String revenueCode,
        BigDecimal unitsPaid,
        Procedure originalProcedure,
        BigDecimal originalUnits,
        LocalDate serviceDate,
        LocalDate serviceStart,
        LocalDate serviceEnd,
        List<Adjustment> adjustments,
        List<Reference> serviceIds,
        String lineControlNumber,
        List<Reference> renderingProviderIds,
        List<String> healthcarePolicyIds,
        List<Amount> amounts,
        List<Quantity> quantities,
        List<Remark> remarks) {

    public ServicePayment {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
        renderingProviderIds = renderingProviderIds == null ? List.of() : List.copyOf(renderingProviderIds);
        healthcarePolicyIds = healthcarePolicyIds == null ? List.of() : List.copyOf(healthcarePolicyIds);
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
        remarks = remarks == null ? List.of() : List.copyOf(remarks);
    }

    /** The allowed amount (AMT*B6), or {@code null}. */
    public BigDecimal allowedAmount() {
        return amounts.stream()
                .filter(a -> "B6".equals(a.qualifier()))
                .map(Amount::amount)
                .findFirst()
                .orElse(null);
    }

    /** Sum of this line's adjustment amounts. */
    public BigDecimal adjustmentTotal() {
        return adjustments.stream().map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
