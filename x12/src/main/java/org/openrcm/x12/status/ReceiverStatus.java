package org.openrcm.x12.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The status of a whole batch, as reported to its information receiver (2000A/2000B of a 277CA, or 2200B of a 277):
 * whether the payer took the 837 in, and how many claims and dollars it accepted and rejected.
 *
 * @param source the payer or clearinghouse that reports (2100A)
 * @param sourceTrace 277CA 2200A TRN02: the control number of the file being acknowledged
 * @param receiptDate 277CA DTP*050: when the source received it
 * @param processDate 277CA DTP*009: when the source processed it
 * @param receiver the information receiver (2100B), the submitter of the claims
 * @param trace 2200B TRN02: the receiver's batch number (BHT03 of the 837)
 * @param statuses 2200B STC
 * @param acceptedQuantity 277CA QTY*90: claims accepted
 * @param rejectedQuantity 277CA QTY*AA: claims rejected
 * @param acceptedAmount 277CA AMT*YU: charges accepted
 * @param rejectedAmount 277CA AMT*YY: charges rejected
 */
public record ReceiverStatus(
        Party source,
        String sourceTrace,
        LocalDate receiptDate,
        LocalDate processDate,
        Party receiver,
        String trace,
        List<ClaimStatus> statuses,
        BigDecimal acceptedQuantity,
        BigDecimal rejectedQuantity,
        BigDecimal acceptedAmount,
        BigDecimal rejectedAmount) {

    public ReceiverStatus {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }

    /** Whether the batch as a whole was rejected. */
    public boolean rejected() {
        return statuses.stream().anyMatch(ClaimStatus::rejection);
    }
}
