package org.openrcm.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How the payer settled one claim (loop 2100, CLP): the claim as the provider knows it (CLP01 patient control number),
 * status, charge, payment, patient responsibility, filing indicator, the payer's claim control number (CLP07),
 * facility type and frequency, DRG, the people and organizations named, inpatient/outpatient adjudication, claim-level
 * adjustments, dates, supplemental amounts and quantities, other identifiers, and its service lines.
 *
 * @param headerNumber LX01 of the header-number group (loop 2000) the claim belongs to
 * @param providerSummary TS3/TS2 of that group, the same for every claim in it, or {@code null}
 * @param status CLP02: {@code 1} processed as primary, {@code 2} secondary, {@code 4} denied, {@code 22} reversal, …
 */
public record ClaimPayment(
        int headerNumber,
        ProviderSummary providerSummary,
        String patientControlNumber,
        String status,
        BigDecimal totalCharge,
        BigDecimal payment,
        BigDecimal patientResponsibility,
        String filingIndicator,
        String payerClaimControlNumber,
        String facilityType,
        String frequency,
        String drg,
        BigDecimal drgWeight,
        BigDecimal dischargeFraction,
        List<Adjustment> adjustments,
        Party patient,
        Party insured,
        Party correctedPatient,
        Party renderingProvider,
        Party crossoverCarrier,
        Party correctedPriorityPayer,
        Party otherSubscriber,
        InpatientAdjudication inpatient,
        OutpatientAdjudication outpatient,
        List<Reference> otherClaimIds,
        List<Reference> renderingProviderIds,
        LocalDate statementFrom,
        LocalDate statementTo,
        LocalDate coverageExpiration,
        LocalDate received,
        List<Contact> contacts,
        List<Amount> amounts,
        List<Quantity> quantities,
        List<ServicePayment> services) {

    public ClaimPayment {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        otherClaimIds = otherClaimIds == null ? List.of() : List.copyOf(otherClaimIds);
        renderingProviderIds = renderingProviderIds == null ? List.of() : List.copyOf(renderingProviderIds);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** Whether this claim reverses an earlier payment (CLP02 = 22); its amounts are then negative. */
    public boolean isReversal() {
        return "22".equals(status);
    }

    /** Sum of the claim-level adjustment amounts (not the service lines'). */
    public BigDecimal adjustmentTotal() {
        return adjustments.stream().map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
