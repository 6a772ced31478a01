package org.openrcm.app.claim;

import static org.openrcm.app.claim.ClaimStatus.ACKNOWLEDGED;
import static org.openrcm.app.claim.ClaimStatus.ADJUDICATED;
import static org.openrcm.app.claim.ClaimStatus.BATCHED;
import static org.openrcm.app.claim.ClaimStatus.CANCELLED;
import static org.openrcm.app.claim.ClaimStatus.CLOSED;
import static org.openrcm.app.claim.ClaimStatus.DENIED;
import static org.openrcm.app.claim.ClaimStatus.DRAFT;
import static org.openrcm.app.claim.ClaimStatus.PAID;
import static org.openrcm.app.claim.ClaimStatus.PARTIAL;
import static org.openrcm.app.claim.ClaimStatus.READY;
import static org.openrcm.app.claim.ClaimStatus.REJECTED;
import static org.openrcm.app.claim.ClaimStatus.SUBMITTED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The claim lifecycle as a table: each action moves a claim from one of its {@link #from()} states to {@link #to()};
 * any other (state, action) pair is refused. Stable names: they are stored with each transition.
 *
 * <pre>
 * action          from                          to            why a biller does it
 * CREATE          (none)                        DRAFT         a coded encounter, a corrected or a void claim
 * MARK_READY      DRAFT                         READY         the scrub gate passed
 * REOPEN          READY, REJECTED               DRAFT         fix before sending / fix a rejection (reason)
 * BATCH           READY                         BATCHED       put in an 837 batch
 * UNBATCH         BATCHED                       READY         the batch was discarded before sending (reason)
 * SUBMIT          BATCHED                       SUBMITTED     the batch file was sent
 * ACKNOWLEDGE     SUBMITTED                     ACKNOWLEDGED  payer accepted it into adjudication (277CA)
 * REJECT          SUBMITTED                     REJECTED      999/277CA rejection (reason)
 * ADJUDICATE      ACKNOWLEDGED                  ADJUDICATED   the payer decided (277 finalized or 835)
 * PAY             ADJUDICATED                   PAID          remittance posted, paid in full
 * DENY            ADJUDICATED                   DENIED        remittance posted, nothing paid (reason)
 * PAY_PARTIALLY   ADJUDICATED                   PARTIAL       remittance posted, part paid
 * READJUDICATE    PAID, DENIED, PARTIAL         ADJUDICATED   payer reprocessed: reversal, appeal won (reason)
 * CLOSE           PAID, DENIED, PARTIAL,        CLOSED        nothing left to do on it (balance moved on,
 *                 REJECTED                                    written off, rejection abandoned)
 * CANCEL          DRAFT, READY                  CANCELLED     withdrawn before it was ever sent (reason)
 * </pre>
 *
 * A claim the payer has accepted is never cancelled: it is replaced by a corrected claim (frequency 7) or taken back
 * by a void claim (frequency 8), both new claims created by {@link Claims#correct} and {@link Claims#voidClaim}.
 */
public enum ClaimAction {
    CREATE(DRAFT, false),
    MARK_READY(READY, false, DRAFT),
    REOPEN(DRAFT, true, READY, REJECTED),
    BATCH(BATCHED, false, READY),
    UNBATCH(READY, true, BATCHED),
    SUBMIT(SUBMITTED, false, BATCHED),
    ACKNOWLEDGE(ACKNOWLEDGED, false, SUBMITTED),
    REJECT(REJECTED, true, SUBMITTED),
    ADJUDICATE(ADJUDICATED, false, ACKNOWLEDGED),
    PAY(PAID, false, ADJUDICATED),
    DENY(DENIED, true, ADJUDICATED),
    PAY_PARTIALLY(PARTIAL, false, ADJUDICATED),
    READJUDICATE(ADJUDICATED, true, PAID, DENIED, PARTIAL),
    CLOSE(CLOSED, false, PAID, DENIED, PARTIAL, REJECTED),
    CANCEL(CANCELLED, true, DRAFT, READY);

    private final ClaimStatus to;
    private final boolean needsReason;
    private final Set<ClaimStatus> from;

    ClaimAction(ClaimStatus to, boolean needsReason, ClaimStatus... from) {
        this.to = to;
        this.needsReason = needsReason;
        this.from = from.length == 0 ? EnumSet.noneOf(ClaimStatus.class) : EnumSet.of(from[0], from);
    }

    /** The states this action may start from; empty for {@link #CREATE}, which starts a claim. */
    public Set<ClaimStatus> from() {
        return Set.copyOf(from);
    }

    public ClaimStatus to() {
        return to;
    }

    /** Whether the person doing it must say why (it leaves the happy path). */
    public boolean needsReason() {
        return needsReason;
    }

    public boolean allowedFrom(ClaimStatus status) {
        return from.contains(status);
    }

    /** "mark ready", "pay partially": the action as a sentence says it. */
    String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
