package org.openrcm.x12.remit;

import java.math.BigDecimal;
import java.util.List;

/**
 * One complete 835 transaction set: header, claim payments and provider-level adjustments. For large files prefer the
 * streaming {@link org.openrcm.x12.X12Reader}, which hands out the header, each claim payment and each adjustment one
 * at a time; {@link Remittances#read} gathers them into this record for small files.
 */
public record Remittance(
        RemittanceHeader header, List<ClaimPayment> claims, List<ProviderAdjustment> providerAdjustments) {

    public Remittance {
        claims = claims == null ? List.of() : List.copyOf(claims);
        providerAdjustments = providerAdjustments == null ? List.of() : List.copyOf(providerAdjustments);
    }

    /** What BPR02 must be: the claim payments minus the provider adjustments. */
    public BigDecimal expectedPaymentAmount() {
        BigDecimal claimsTotal = claims.stream().map(ClaimPayment::payment).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal plb =
                providerAdjustments.stream().map(ProviderAdjustment::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return claimsTotal.subtract(plb);
    }
}
