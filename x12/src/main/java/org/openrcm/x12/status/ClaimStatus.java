package org.openrcm.x12.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One status segment (STC) as a payer reports it for a batch, a provider, a claim or a service line.
 *
 * @param status STC01, the main status
 * @param additional STC10 and STC11, further statuses of the same date (at most two)
 * @param effectiveDate STC02
 * @param actionCode STC03 (277CA only): WQ accepted, U rejected
 * @param amount STC04: total charge of the claim (or of the batch or provider unit of work)
 * @param paymentAmount STC05 (277 only): claim payment amount
 * @param adjudicationDate STC06 (277 only): the date the claim was finalized
 * @param paymentMethod STC07
 * @param remittanceDate STC08 (277 only): check issue or EFT effective date
 * @param remittanceTrace STC09 (277 only): check or EFT trace number
 * @param message STC12 (277CA claim level only): free-form text
 */
public record ClaimStatus(
        StatusCode status,
        List<StatusCode> additional,
        LocalDate effectiveDate,
        String actionCode,
        BigDecimal amount,
        BigDecimal paymentAmount,
        LocalDate adjudicationDate,
        String paymentMethod,
        LocalDate remittanceDate,
        String remittanceTrace,
        String message) {

    public ClaimStatus {
        additional = additional == null ? List.of() : List.copyOf(additional);
        if (additional.size() > 2) {
            throw new IllegalArgumentException("a status segment carries at most two additional statuses");
        }
    }

    /** A status with a date only. */
    public static ClaimStatus of(StatusCode status, LocalDate effectiveDate) {
        return new ClaimStatus(status, List.of(), effectiveDate, null, null, null, null, null, null, null, null);
    }

    /** The main status and the additional ones, in order. */
    public List<StatusCode> codes() {
        List<StatusCode> all = new ArrayList<>(1 + additional.size());
        all.add(status);
        all.addAll(additional);
        return all;
    }

    /** Whether any of the statuses says rejected. */
    public boolean rejection() {
        return codes().stream().anyMatch(StatusCode::rejection) || "U".equals(actionCode);
    }
}
