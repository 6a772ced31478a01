package org.openrcm.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A provider-level adjustment segment (PLB): the provider, the last day of its fiscal period, and up to six
 * adjustments. A positive amount reduces the payment (a take-back), a negative one increases it.
 */
public record ProviderAdjustment(String providerId, LocalDate fiscalPeriodDate, List<Entry> adjustments) {

    public ProviderAdjustment {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }

    /** One adjustment: reason ({@code WO} overpayment recovery, {@code L6} interest, …), reference id, amount. */
    public record Entry(String reasonCode, String referenceId, BigDecimal amount) {}

    /** Sum of the amounts. */
    public BigDecimal total() {
        return adjustments.stream().map(Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
