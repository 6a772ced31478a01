package org.openrcm.x12.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One claim a provider asks about in a 276 (005010X212): who asks whom, the patient, and what identifies the claim.
 *
 * @param payer the payer asked (2100A)
 * @param receiver the information receiver, who asks (2100B)
 * @param provider the service provider (2100C)
 * @param subscriber the subscriber (2100D) and {@code subscriberDemographics} (DMG of 2000D)
 * @param dependent the patient when not the subscriber (2100E), with {@code dependentDemographics}; else {@code
 *     null}
 * @param traceNumber 2200D/E TRN02, echoed in the 277
 * @param payerClaimControlNumber REF*1K
 * @param billType REF*BLT
 * @param locationId REF*LU
 * @param groupNumber REF*6P
 * @param patientControlNumber REF*EJ (CLM01 of the claim)
 * @param prescriptionNumber REF*XZ
 * @param clearinghouseTraceNumber REF*D9
 * @param totalCharge AMT*T3
 * @param serviceFrom DTP*472
 * @param serviceTo DTP*472 end ({@code null} for a single date)
 * @param lines 2210D/E service lines asked about
 */
public record ClaimStatusRequest(
        Party payer,
        Party receiver,
        Party provider,
        Party subscriber,
        Demographics subscriberDemographics,
        Party dependent,
        Demographics dependentDemographics,
        String traceNumber,
        String payerClaimControlNumber,
        String billType,
        String locationId,
        String groupNumber,
        String patientControlNumber,
        String prescriptionNumber,
        String clearinghouseTraceNumber,
        BigDecimal totalCharge,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        List<ServiceLine> lines) {

    public ClaimStatusRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The patient: the dependent when there is one, else the subscriber. */
    public Party patient() {
        return dependent != null ? dependent : subscriber;
    }
}
