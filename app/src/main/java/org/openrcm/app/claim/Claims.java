package org.openrcm.app.claim;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.audit.AuditAction;
import org.openrcm.app.audit.AuditEntry;
import org.openrcm.app.audit.AuditLog;
import org.openrcm.app.audit.AuditOutcome;
import org.openrcm.app.identity.Actor;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.kernel.BatchId;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.ProviderId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.patient.Patients;
import org.openrcm.app.practice.Practices;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the claim module: creates draft claims, moves them through their lifecycle ({@link ClaimAction}) and
 * shows them. Every method works within the actor's practices (a claim outside them is "not found"), records each
 * transition with who and when, and writes an audit event. A wrong move is refused with {@link Refused} and changes
 * nothing.
 */
@Service
public class Claims {
    /** The longest work list one call returns. */
    public static final int LIST_LIMIT = 500;

    private final ClaimRepository repository;
    private final Patients patients;
    private final Practices practices;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CanonicalClaims canonical;

    Claims(
            ClaimRepository repository,
            CanonicalClaims canonical,
            Patients patients,
            Practices practices,
            CurrentActor current,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.patients = patients;
        this.practices = practices;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.canonical = canonical;
    }

    /**
     * A new original claim in DRAFT. The patient must be one the actor may see, of the claim's practice; the
     * providers must work for that practice; the coverage must be the patient's, with the claim's payer.
     */
    @Transactional
    public ClaimId createDraft(ClaimContent content) {
        checkBelongings(content);
        Claim claim = Claim.draft(ClaimId.random(), content, stamp());
        repository.insert(claim, clock.instant());
        publishMoves(claim);
        audited(AuditAction.CREATE, claim, "frequency 1");
        return claim.id();
    }

    /** Replaces the content of a draft claim (same practice and patient); other states are refused. */
    @Transactional
    public ClaimView revise(ClaimId id, ClaimContent content) {
        Claim claim = load(id);
        claim.revise(content);
        checkBelongings(content);
        repository.update(claim, true, clock.instant());
        audited(AuditAction.UPDATE, claim, "content revised");
        return claim.view();
    }

    /** The claim with its transitions, or empty when it does not exist or is outside the actor's practices. */
    @Transactional
    public Optional<ClaimView> find(ClaimId id) {
        Optional<Claim> claim = repository.find(current.scope(), id);
        if (claim.isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.READ, "CLAIM", id).outcome(AuditOutcome.NOT_FOUND));
            return Optional.empty();
        }
        audited(AuditAction.READ, claim.get(), null);
        return claim.map(Claim::view);
    }

    /**
     * The claim as the canonical claim JSON of DESIGN.md, which the scrubber, the 837P batch and the CMS-1500 read:
     * the stored claim with the practice, providers, patient, subscriber and payer filled in from their modules.
     */
    @Transactional
    public org.openrcm.edits.claim.Claim toCanonical(ClaimId id) {
        Claim claim = load(id);
        audited(AuditAction.READ, claim, "canonical claim");
        return canonical.of(claim);
    }

    /** Claims of a practice in one status, oldest first, at most {@link #LIST_LIMIT}; empty outside the scope. */
    @Transactional(readOnly = true)
    public List<ClaimSummary> inStatus(PracticeId practice, ClaimStatus status) {
        return repository.inStatus(current.scope(), practice, status, LIST_LIMIT);
    }

    /** The scrub gate passed: the claim may go in the next batch. */
    @Transactional
    public ClaimView markReady(ClaimId id) {
        return change(id, (claim) -> claim.markReady(stamp()));
    }

    /** Back to DRAFT to fix it, from READY or after a rejection. */
    @Transactional
    public ClaimView reopen(ClaimId id, @Nullable String reason) {
        return change(id, (claim) -> claim.reopen(reason(reason), stamp()));
    }

    @Transactional
    public ClaimView batch(ClaimId id, BatchId batch) {
        return change(id, (claim) -> claim.batch(batch, stamp()));
    }

    /** The batch was discarded before it was sent: the claim waits for the next one. */
    @Transactional
    public ClaimView unbatch(ClaimId id, @Nullable String reason) {
        return change(id, (claim) -> claim.unbatch(reason(reason), stamp()));
    }

    @Transactional
    public ClaimView submit(ClaimId id) {
        return change(id, (claim) -> claim.submit(stamp()));
    }

    /** The payer accepted the claim into adjudication; {@code payerClaimNumber} when the answer carries one. */
    @Transactional
    public ClaimView acknowledge(ClaimId id, @Nullable String payerClaimNumber) {
        return change(id, (claim) -> claim.acknowledge(payerClaimNumber, stamp()));
    }

    @Transactional
    public ClaimView reject(ClaimId id, @Nullable String reason) {
        return change(id, (claim) -> claim.reject(reason(reason), stamp()));
    }

    @Transactional
    public ClaimView adjudicate(ClaimId id, @Nullable String payerClaimNumber) {
        return change(id, (claim) -> claim.adjudicate(payerClaimNumber, stamp()));
    }

    @Transactional
    public ClaimView pay(ClaimId id) {
        return change(id, (claim) -> claim.pay(stamp()));
    }

    @Transactional
    public ClaimView deny(ClaimId id, @Nullable String reason) {
        return change(id, (claim) -> claim.deny(reason(reason), stamp()));
    }

    @Transactional
    public ClaimView payPartially(ClaimId id) {
        return change(id, (claim) -> claim.payPartially(stamp()));
    }

    /** The payer reprocessed an adjudicated claim (a reversal, an appeal decided). */
    @Transactional
    public ClaimView readjudicate(ClaimId id, @Nullable String reason) {
        return change(id, (claim) -> claim.readjudicate(reason(reason), stamp()));
    }

    @Transactional
    public ClaimView close(ClaimId id, @Nullable String reason) {
        return change(id, (claim) -> claim.close(reason, stamp()));
    }

    /** Withdraws a claim that was never sent. */
    @Transactional
    public ClaimView cancel(ClaimId id, @Nullable String reason) {
        return change(id, (claim) -> claim.cancel(reason(reason), stamp()));
    }

    /** A corrected claim (frequency 7) replacing {@code original}, in DRAFT with its content, to be revised. */
    @Transactional
    public ClaimId correct(ClaimId original, @Nullable String reason) {
        return followUp(original, ClaimFrequency.CORRECTED, reason);
    }

    /** A void claim (frequency 8) taking {@code original} back, in DRAFT with its content (which stays fixed). */
    @Transactional
    public ClaimId voidClaim(ClaimId original, @Nullable String reason) {
        return followUp(original, ClaimFrequency.VOID, reason);
    }

    /**
     * Puts many READY claims in one batch at once, all or none: when one of them is not ready (or not the actor's),
     * nothing moves. Each claim gets its transition, as with {@link #batch(ClaimId, BatchId)}. Returns how many moved.
     */
    @Transactional
    public int batchAll(List<ClaimId> ids, BatchId batch) {
        List<ClaimId> distinct = ids.stream().distinct().toList();
        List<ClaimRepository.Picked> picked = repository.lockAll(current.scope(), distinct);
        if (picked.size() != distinct.size()) {
            throw Refused.notFound("claim");
        }
        return moveAll(picked, ClaimAction.BATCH, batch, null);
    }

    /** The batch file was sent: every claim of the batch becomes SUBMITTED. Returns how many moved. */
    @Transactional
    public int submitBatch(BatchId batch) {
        return moveAll(batchClaims(batch), ClaimAction.SUBMIT, batch, null);
    }

    /** The batch was discarded before it was sent: its claims are READY again, for the next batch. */
    @Transactional
    public int discardBatch(BatchId batch, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw Refused.invalid("REASON_REQUIRED", "Say why you unbatch the claims.");
        }
        return moveAll(batchClaims(batch), ClaimAction.UNBATCH, batch, reason.strip());
    }

    private List<ClaimRepository.Picked> batchClaims(BatchId batch) {
        List<ClaimRepository.Picked> picked = repository.lockBatch(current.scope(), batch);
        if (picked.isEmpty()) {
            throw Refused.notFound("batch");
        }
        return picked;
    }

    /** Moves claims of one batch by one action, all or none; the batch is set by BATCH and cleared by UNBATCH. */
    private int moveAll(
            List<ClaimRepository.Picked> picked, ClaimAction action, BatchId batch, @Nullable String reason) {
        long wrong =
                picked.stream().filter(p -> !action.allowedFrom(p.status())).count();
        if (wrong > 0) {
            throw Refused.conflict(
                    "TRANSITION_REFUSED",
                    wrong + " of the " + picked.size() + " claims cannot " + action.words() + "; only claims that are "
                            + Claim.startStates(action) + " can. Nothing was changed.");
        }
        if (reason != null && reason.length() > 500) {
            throw Refused.invalid("REASON_TOO_LONG", "Keep the reason under 500 characters.");
        }
        Stamp stamp = stamp();
        repository.moveAll(picked.stream().map(ClaimRepository.Picked::id).toList(), action, stamp, reason, batch);
        for (ClaimRepository.Picked p : picked) {
            events.publishEvent(new ClaimMoved(p.id(), p.practice(), p.status(), action.to(), action, stamp.at()));
        }
        picked.stream()
                .map(ClaimRepository.Picked::practice)
                .distinct()
                .forEach(practice -> audit.record(AuditEntry.of(AuditAction.UPDATE, "CLAIM_BATCH", batch)
                        .practice(practice)
                        .detail(picked.size() + " claims: " + action.name())));
        return picked.size();
    }

    private ClaimId followUp(ClaimId originalId, ClaimFrequency frequency, @Nullable String reason) {
        repository.lock(current.scope(), originalId);
        Claim original = load(originalId);
        if (repository.hasLiveFollowUp(originalId)) {
            throw Refused.conflict(
                    "ALREADY_FOLLOWED_UP",
                    "This claim already has a corrected or void claim; correct or void that one instead.");
        }
        Claim claim = Claim.followUp(ClaimId.random(), original, frequency, stamp(), reason);
        repository.insert(claim, clock.instant());
        publishMoves(claim);
        audited(AuditAction.CREATE, claim, "frequency " + frequency.code() + " of " + originalId);
        return claim.id();
    }

    private ClaimView change(ClaimId id, Consumer<Claim> action) {
        Claim claim = load(id);
        ClaimStatus before = claim.status();
        action.accept(claim);
        repository.update(claim, false, clock.instant());
        publishMoves(claim);
        audited(AuditAction.UPDATE, claim, before + " -> " + claim.status());
        return claim.view();
    }

    private void publishMoves(Claim claim) {
        for (ClaimTransition t : claim.newTransitions()) {
            events.publishEvent(
                    new ClaimMoved(claim.id(), claim.content().practice(), t.from(), t.to(), t.action(), t.at()));
        }
    }

    private Claim load(ClaimId id) {
        return repository.find(current.scope(), id).orElseThrow(() -> Refused.notFound("claim"));
    }

    private void checkBelongings(ClaimContent content) {
        PracticeId practice = patients.practiceOf(content.patient()).orElseThrow(() -> Refused.notFound("patient"));
        if (!practice.equals(content.practice())) {
            throw Refused.invalid("PATIENT_OF_OTHER_PRACTICE", "The patient is not a patient of the claim's practice.");
        }
        checkProvider(content.renderingProvider(), practice, "rendering");
        if (content.billingProvider() != null) {
            checkProvider(content.billingProvider(), practice, "billing");
        }
        boolean coverageFits = patients.find(content.patient()).orElseThrow().coverages().stream()
                .anyMatch(
                        c -> c.id().equals(content.coverage()) && c.payer().id().equals(content.payer()));
        if (!coverageFits) {
            throw Refused.invalid(
                    "COVERAGE_NOT_OF_PATIENT",
                    "The coverage is not one of the patient's with this payer; pick one from the patient's coverages.");
        }
    }

    private void checkProvider(ProviderId provider, PracticeId practice, String role) {
        boolean works = practices.allProviders().stream()
                .anyMatch(p -> p.id().equals(provider) && p.practiceId().equals(practice));
        if (!works) {
            throw Refused.invalid(
                    "PROVIDER_OF_OTHER_PRACTICE", "The " + role + " provider does not work for the claim's practice.");
        }
    }

    private void audited(AuditAction action, Claim claim, @Nullable String detail) {
        audit.record(AuditEntry.of(action, "CLAIM", claim.id())
                .practice(claim.content().practice())
                .patient(claim.content().patient())
                .detail(detail));
    }

    /** A user by id, the system by its purpose ("system:batch"): never a name. */
    private Stamp stamp() {
        Actor actor = current.actor();
        String by = actor.userId() == null ? actor.username() : actor.userId().toString();
        return new Stamp(by, clock.instant());
    }

    private static String reason(@Nullable String reason) {
        return reason == null ? "" : reason;
    }
}
