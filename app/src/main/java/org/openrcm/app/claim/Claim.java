package org.openrcm.app.claim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.BatchId;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.Refused;

/**
 * The claim aggregate: its content, its place in the lifecycle of {@link ClaimAction} and the transitions that
 * brought it there. Every change goes through an intention-revealing method that checks the table, records the
 * transition with who and when, and refuses a wrong move with {@link Refused} (code {@code TRANSITION_REFUSED}).
 * Not thread-safe: one instance lives inside one transaction; {@code version} guards concurrent changes.
 */
final class Claim {
    private final ClaimId id;
    private ClaimContent content;
    private final ClaimFrequency frequency;
    private final @Nullable ClaimId original;
    private ClaimStatus status;
    private @Nullable BatchId batch;
    private @Nullable String payerClaimNumber;
    private @Nullable Instant acceptedAt;
    private final Instant createdAt;
    private final int version;
    private final List<ClaimTransition> transitions;
    private final int stored;

    private Claim(
            ClaimId id,
            ClaimContent content,
            ClaimFrequency frequency,
            @Nullable ClaimId original,
            ClaimStatus status,
            @Nullable BatchId batch,
            @Nullable String payerClaimNumber,
            @Nullable Instant acceptedAt,
            Instant createdAt,
            int version,
            List<ClaimTransition> transitions) {
        this.id = Objects.requireNonNull(id, "id");
        this.content = Objects.requireNonNull(content, "content");
        this.frequency = Objects.requireNonNull(frequency, "frequency");
        if ((frequency == ClaimFrequency.ORIGINAL) != (original == null)) {
            throw new IllegalArgumentException("only corrected and void claims reference an original claim");
        }
        this.original = original;
        this.status = Objects.requireNonNull(status, "status");
        this.batch = batch;
        this.payerClaimNumber = payerClaimNumber;
        this.acceptedAt = acceptedAt;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
        this.transitions = new ArrayList<>(transitions);
        this.stored = transitions.size();
    }

    /** A new original claim (frequency 1), in DRAFT. */
    static Claim draft(ClaimId id, ClaimContent content, Stamp stamp) {
        Claim claim = new Claim(
                id,
                content,
                ClaimFrequency.ORIGINAL,
                null,
                ClaimStatus.DRAFT,
                null,
                null,
                null,
                stamp.at(),
                0,
                List.of());
        claim.record(ClaimAction.CREATE, null, stamp, null);
        return claim;
    }

    /**
     * A corrected (7) or void (8) claim of {@code original}, in DRAFT with the original's content. Only a claim the
     * payer accepted into adjudication, with the payer's claim number known, can be replaced or voided: a claim the
     * payer never took (rejected, cancelled, still in flight) is fixed and resent as an original instead.
     */
    static Claim followUp(ClaimId id, Claim original, ClaimFrequency frequency, Stamp stamp, @Nullable String reason) {
        if (frequency == ClaimFrequency.ORIGINAL) {
            throw new IllegalArgumentException("a follow-up claim is corrected or void");
        }
        String what = frequency == ClaimFrequency.VOID ? "voided" : "corrected";
        if (original.frequency == ClaimFrequency.VOID) {
            throw Refused.conflict(
                    "ORIGINAL_IS_VOID", "A void claim cannot be " + what + "; it already takes the claim back.");
        }
        if (original.acceptedAt == null) {
            throw Refused.conflict(
                    "ORIGINAL_NOT_WITH_PAYER",
                    "Only a claim the payer has accepted can be " + what + "; this one is "
                            + original.status.name().toLowerCase(Locale.ROOT)
                            + ". Fix and resend a rejected claim, or cancel one that was never sent.");
        }
        if (original.payerClaimNumber == null) {
            throw Refused.conflict(
                    "ORIGINAL_WITHOUT_PAYER_CLAIM_NUMBER",
                    "The claim has no payer claim number yet; record it from the acknowledgment or the remittance"
                            + " before a " + (frequency == ClaimFrequency.VOID ? "void" : "corrected") + " claim.");
        }
        Claim claim = new Claim(
                id,
                original.content,
                frequency,
                original.id,
                ClaimStatus.DRAFT,
                null,
                null,
                null,
                stamp.at(),
                0,
                List.of());
        claim.record(ClaimAction.CREATE, null, stamp, reason);
        return claim;
    }

    /** Rebuilds a stored claim; {@code transitions} oldest first. */
    static Claim restore(
            ClaimId id,
            ClaimContent content,
            ClaimFrequency frequency,
            @Nullable ClaimId original,
            ClaimStatus status,
            @Nullable BatchId batch,
            @Nullable String payerClaimNumber,
            @Nullable Instant acceptedAt,
            Instant createdAt,
            int version,
            List<ClaimTransition> transitions) {
        return new Claim(
                id,
                content,
                frequency,
                original,
                status,
                batch,
                payerClaimNumber,
                acceptedAt,
                createdAt,
                version,
                transitions);
    }

    /** Replaces the content of a draft; the practice and the patient stay, and a void claim keeps the original's. */
    void revise(ClaimContent revised) {
        if (status != ClaimStatus.DRAFT) {
            throw Refused.conflict(
                    "CLAIM_NOT_DRAFT",
                    "Only a draft claim can be changed; this one is "
                            + status.name().toLowerCase(Locale.ROOT) + ". Reopen it first if it is ready or rejected.");
        }
        if (frequency == ClaimFrequency.VOID) {
            throw Refused.conflict(
                    "VOID_CLAIM_FIXED", "A void claim repeats the claim it voids and cannot be changed.");
        }
        if (!revised.practice().equals(content.practice()) || !revised.patient().equals(content.patient())) {
            throw Refused.invalid(
                    "CLAIM_OWNER_CHANGED", "A claim stays with its practice and patient; start a new claim instead.");
        }
        content = revised;
    }

    void markReady(Stamp stamp) {
        move(ClaimAction.MARK_READY, stamp, null);
    }

    void reopen(String reason, Stamp stamp) {
        move(ClaimAction.REOPEN, stamp, reason);
        batch = null;
    }

    void batch(BatchId into, Stamp stamp) {
        Objects.requireNonNull(into, "batch");
        move(ClaimAction.BATCH, stamp, null);
        batch = into;
    }

    void unbatch(String reason, Stamp stamp) {
        move(ClaimAction.UNBATCH, stamp, reason);
        batch = null;
    }

    void submit(Stamp stamp) {
        move(ClaimAction.SUBMIT, stamp, null);
    }

    /** The payer accepted the claim into adjudication; its claim number, when the acknowledgment carries one. */
    void acknowledge(@Nullable String payerNumber, Stamp stamp) {
        move(ClaimAction.ACKNOWLEDGE, stamp, null);
        acceptedAt = stamp.at();
        keepPayerClaimNumber(payerNumber);
    }

    void reject(String reason, Stamp stamp) {
        move(ClaimAction.REJECT, stamp, reason);
    }

    /** The payer decided; its claim number from the remittance or status answer, when known. */
    void adjudicate(@Nullable String payerNumber, Stamp stamp) {
        move(ClaimAction.ADJUDICATE, stamp, null);
        keepPayerClaimNumber(payerNumber);
    }

    void pay(Stamp stamp) {
        move(ClaimAction.PAY, stamp, null);
    }

    void deny(String reason, Stamp stamp) {
        move(ClaimAction.DENY, stamp, reason);
    }

    void payPartially(Stamp stamp) {
        move(ClaimAction.PAY_PARTIALLY, stamp, null);
    }

    void readjudicate(String reason, Stamp stamp) {
        move(ClaimAction.READJUDICATE, stamp, reason);
    }

    void close(@Nullable String reason, Stamp stamp) {
        move(ClaimAction.CLOSE, stamp, reason);
    }

    void cancel(String reason, Stamp stamp) {
        move(ClaimAction.CANCEL, stamp, reason);
    }

    /** Applies one action of the table: the one door every transition goes through. */
    void perform(ClaimAction action, @Nullable String reason, Stamp stamp) {
        move(action, stamp, reason);
    }

    private void move(ClaimAction action, Stamp stamp, @Nullable String reason) {
        if (!action.allowedFrom(status)) {
            throw Refused.conflict("TRANSITION_REFUSED", refusal(action, status));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (action.needsReason() && why == null) {
            throw Refused.invalid("REASON_REQUIRED", "Say why you " + action.words() + " the claim.");
        }
        if (why != null && why.length() > 500) {
            throw Refused.invalid("REASON_TOO_LONG", "Keep the reason under 500 characters.");
        }
        record(action, status, stamp, why);
        status = action.to();
    }

    static String refusal(ClaimAction action, ClaimStatus status) {
        if (action == ClaimAction.CREATE) {
            return "A claim is created only once.";
        }
        return "A claim that is " + status.name().toLowerCase(Locale.ROOT) + " cannot " + action.words()
                + "; only a claim that is " + startStates(action) + " can.";
    }

    /** "rejected, paid, denied or partial": the states an action starts from, in lifecycle order. */
    static String startStates(ClaimAction action) {
        List<String> states = action.from().stream()
                .sorted()
                .map(s -> s.name().toLowerCase(Locale.ROOT))
                .toList();
        return states.size() == 1
                ? states.getFirst()
                : String.join(", ", states.subList(0, states.size() - 1)) + " or " + states.getLast();
    }

    private void record(ClaimAction action, @Nullable ClaimStatus from, Stamp stamp, @Nullable String reason) {
        transitions.add(new ClaimTransition(
                id, transitions.size() + 1, from, action.to(), action, stamp.by(), stamp.at(), reason));
    }

    private void keepPayerClaimNumber(@Nullable String payerNumber) {
        if (payerNumber != null && !payerNumber.isBlank()) {
            String number = payerNumber.strip();
            if (number.length() > 50) {
                throw Refused.invalid("PAYER_CLAIM_NUMBER_TOO_LONG", "A payer claim number has at most 50 characters.");
            }
            payerClaimNumber = number;
        }
    }

    /** Transitions made since the claim was loaded or created, to be stored. */
    List<ClaimTransition> newTransitions() {
        return List.copyOf(transitions.subList(stored, transitions.size()));
    }

    boolean isNew() {
        return stored == 0;
    }

    ClaimView view() {
        return new ClaimView(id, content, frequency, original, status, batch, payerClaimNumber, createdAt, transitions);
    }

    ClaimId id() {
        return id;
    }

    ClaimContent content() {
        return content;
    }

    ClaimStatus status() {
        return status;
    }

    ClaimFrequency frequency() {
        return frequency;
    }

    @Nullable
    ClaimId original() {
        return original;
    }

    @Nullable
    BatchId batchId() {
        return batch;
    }

    @Nullable
    String payerClaimNumber() {
        return payerClaimNumber;
    }

    @Nullable
    Instant acceptedAt() {
        return acceptedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    int version() {
        return version;
    }
}
