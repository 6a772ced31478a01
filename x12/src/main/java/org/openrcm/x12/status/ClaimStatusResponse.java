package org.openrcm.x12.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a payer answers about one claim in a 277 (005010X212): its statuses (pending, finalized, paid, denied…),
 * amounts and dates, and the statuses of its service lines.
 *
 * @param traceNumber 2200D/E TRN02, the trace number of the 276 it answers
 * @param statuses STC: status codes (with STC10/STC11), date, charge, payment, adjudication and remittance
 * @param payerClaimControlNumber REF*1K
 * @param billType REF*BLT
 * @param patientControlNumber REF*EJ
 * @param prescriptionNumber REF*XZ
 * @param voucherId REF*VV
 * @param clearinghouseTraceNumber REF*D9
 * @param serviceFrom DTP*472
 * @param serviceTo DTP*472 end ({@code null} for a single date)
 * @param lines 2220D/E service lines with their statuses
 */
public record ClaimStatusResponse(
        Party payer,
        Party receiver,
        Party provider,
        Party subscriber,
        Party dependent,
        String traceNumber,
        List<ClaimStatus> statuses,
        String payerClaimControlNumber,
        String billType,
        String patientControlNumber,
        String prescriptionNumber,
        String voucherId,
        String clearinghouseTraceNumber,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        List<ServiceLine> lines) {

    public ClaimStatusResponse {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The patient: the dependent when there is one, else the subscriber. */
    public Party patient() {
        return dependent != null ? dependent : subscriber;
    }

    /** The claim's total charge (STC04 of the first status that has one), or {@code null}. */
    public BigDecimal totalCharge() {
        return statuses.stream()
                .map(ClaimStatus::amount)
                .filter(a -> a != null)
                .findFirst()
                .orElse(null);
    }

    /** The amount paid (STC05 of the first status that has one), or {@code null}. */
    public BigDecimal paidAmount() {
        return statuses.stream()
                .map(ClaimStatus::paymentAmount)
                .filter(a -> a != null)
                .findFirst()
                .orElse(null);
    }
}
