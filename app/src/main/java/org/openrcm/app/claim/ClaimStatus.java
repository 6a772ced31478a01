package org.openrcm.app.claim;

/**
 * Where a claim is in its life. Stable names: they are stored. The moves between them are the table of
 * {@link ClaimAction} (and docs/claim-lifecycle.md).
 */
public enum ClaimStatus {
    /** Being built or fixed; the only state whose content may change. */
    DRAFT,
    /** Passed the scrub gate; waiting for the next batch. */
    READY,
    /** In an 837 batch that has not been sent yet. */
    BATCHED,
    /** Sent to the clearinghouse or payer; no answer from the payer yet (a clearinghouse acceptance keeps it here). */
    SUBMITTED,
    /** Accepted by the payer into adjudication (277CA acceptance), usually with the payer's claim number. */
    ACKNOWLEDGED,
    /** Rejected before adjudication (999/277CA): never entered the payer's system, so it is fixed and resent. */
    REJECTED,
    /** The payer has decided; the remittance is not posted yet. */
    ADJUDICATED,
    /** Paid in full as billed or as allowed. */
    PAID,
    /** Denied: nothing paid. */
    DENIED,
    /** Paid in part: some lines or amounts denied. */
    PARTIAL,
    /** Nothing more to do on this claim: balance moved on, written off or abandoned. */
    CLOSED,
    /** Withdrawn before it was ever sent; a claim the payer has is voided by a frequency-8 claim instead. */
    CANCELLED
}
