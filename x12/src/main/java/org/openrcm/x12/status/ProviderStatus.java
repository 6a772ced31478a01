package org.openrcm.x12.status;

import java.math.BigDecimal;
import java.util.List;

/**
 * The status reported for one billing or service provider (2000C/2200C of a 277CA or 277), e.g. every claim of an
 * unknown NPI rejected at once, with the provider's accepted and rejected counts and charges (277CA).
 *
 * @param trace 2200C TRN02
 * @param statuses 2200C STC
 * @param secondaryIds 2200C REF (277CA): provider secondary identifiers
 * @param acceptedQuantity 277CA QTY*QA
 * @param rejectedQuantity 277CA QTY*QC
 * @param acceptedAmount 277CA AMT*YU
 * @param rejectedAmount 277CA AMT*YY
 */
public record ProviderStatus(
        Party source,
        Party receiver,
        Party provider,
        String trace,
        List<ClaimStatus> statuses,
        List<Reference> secondaryIds,
        BigDecimal acceptedQuantity,
        BigDecimal rejectedQuantity,
        BigDecimal acceptedAmount,
        BigDecimal rejectedAmount) {

    public ProviderStatus {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        secondaryIds = secondaryIds == null ? List.of() : List.copyOf(secondaryIds);
    }

    /** Whether the provider's claims were rejected as a whole. */
    public boolean rejected() {
        return statuses.stream().anyMatch(ClaimStatus::rejection);
    }
}
