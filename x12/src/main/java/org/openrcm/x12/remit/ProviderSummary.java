package org.openrcm.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Provider summary of a header-number group (TS3, TS2): provider, facility type, fiscal period, claim count and total
 * charge, plus every other TS3/TS2 amount keyed by its element reference ({@code TS313}, {@code TS201}, …).
 */
public record ProviderSummary(
        String providerId,
        String facilityType,
        LocalDate fiscalPeriodDate,
        BigDecimal claimCount,
        BigDecimal totalClaimCharge,
        Map<String, BigDecimal> amounts) {

    public ProviderSummary {
        amounts = amounts == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(amounts));
    }
}
