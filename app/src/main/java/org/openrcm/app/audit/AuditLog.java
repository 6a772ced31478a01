package org.openrcm.app.audit;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.identity.Actor;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.identity.SignInEvent;
import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.UserId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the audit module. {@link #record} joins the caller's transaction, so an event is written exactly when
 * the work it describes commits; modules call it last, to hold the chain lock briefly.
 */
@Service
public class AuditLog {
    private final AuditRepository repository;
    private final CurrentActor current;
    private final Clock clock;

    AuditLog(AuditRepository repository, CurrentActor current, Clock clock) {
        this.repository = repository;
        this.current = current;
        this.clock = clock;
    }

    /** Writes an event for the current actor. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    /** Writes several events for the current actor, in order, under one hold of the chain lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditEntry> entries) {
        Actor actor = current.actor();
        append(actor.userId(), actor.companyId(), actor.username(), actor.clientAddress(), entries);
    }

    /** The events the current manager may see, newest first; reading the log is itself logged. */
    @Transactional
    public List<AuditEvent> search(AuditQuery query) {
        Actor actor = current.actor();
        List<AuditEvent> events = repository.search(current.scope(), actor.companyId(), query);
        record(AuditEntry.of(AuditAction.SEARCH, "AUDIT_LOG", null).detail(events.size() + " events"));
        return events;
    }

    /**
     * Recomputes the whole chain from event #1 and reports the first broken link: a row whose content no longer
     * matches its hash, a row that does not link to the one before, a missing row, or a head that disagrees with
     * the last row (rows removed from the end). Events appended while it runs are left for the next run: the scan
     * stops at the head it read first, whose events were committed with it.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        var head = repository.head();
        var state = new Object() {
            long expectedSeq = 1;
            String expectedPrevious = AuditChain.GENESIS;

            @Nullable
            ChainVerification broken;
        };
        repository.forEachInOrder(head.lastSeq(), event -> {
            if (state.broken != null) {
                return;
            }
            long checked = state.expectedSeq - 1;
            if (event.seq() != state.expectedSeq) {
                state.broken = ChainVerification.broken(
                        checked,
                        state.expectedSeq,
                        "event #" + state.expectedSeq + " is missing (the next event is #" + event.seq()
                                + "): events were deleted");
            } else if (!event.previousHash().equals(state.expectedPrevious)) {
                state.broken = ChainVerification.broken(
                        checked,
                        event.seq(),
                        "event #" + event.seq() + " does not link to event #" + (event.seq() - 1)
                                + ": one of the two was changed after it was written");
            } else if (!AuditChain.hash(event).equals(event.hash())) {
                state.broken = ChainVerification.broken(
                        checked,
                        event.seq(),
                        "event #" + event.seq() + " (" + event.occurredAt() + ", " + event.action() + " "
                                + event.entityType() + " by " + event.actorName()
                                + ") no longer matches its hash: the row was changed after it was written");
            } else {
                state.expectedSeq++;
                state.expectedPrevious = event.hash();
            }
        });
        if (state.broken != null) {
            return state.broken;
        }
        long last = state.expectedSeq - 1;
        if (head.lastSeq() != last || !head.lastHash().equals(state.expectedPrevious)) {
            return ChainVerification.broken(
                    last,
                    Math.max(head.lastSeq(), last),
                    "the chain ends at event #" + last + " but its head records event #" + head.lastSeq()
                            + ": events were removed from the end, or the head was changed");
        }
        return ChainVerification.intact(last, last);
    }

    @EventListener
    @Transactional
    void onSignInEvent(SignInEvent event) {
        switch (event) {
            case SignInEvent.SignedIn in ->
                append(
                        in.userId(),
                        in.companyId(),
                        in.username(),
                        in.clientAddress(),
                        List.of(session(AuditAction.SIGN_IN)));
            case SignInEvent.SignInRefused refused ->
                append(
                        null,
                        refused.companyId(),
                        refused.username(),
                        refused.clientAddress(),
                        List.of(session(AuditAction.SIGN_IN_REFUSED)
                                .outcome(AuditOutcome.DENIED)
                                .detail(refused.reason())));
            case SignInEvent.SignedOut out ->
                append(
                        out.userId(),
                        out.companyId(),
                        out.username(),
                        out.clientAddress(),
                        List.of(session(AuditAction.SIGN_OUT)));
        }
    }

    private static AuditEntry session(AuditAction action) {
        return AuditEntry.of(action, "SESSION", null);
    }

    private void append(
            @Nullable UserId actorId,
            @Nullable CompanyId companyId,
            String actorName,
            @Nullable String clientAddress,
            List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var head = repository.lockHead();
        long seq = head.lastSeq();
        String previous = head.lastHash();
        var at = AuditChain.storable(clock.instant());
        for (AuditEntry entry : entries) {
            AuditEvent event = withHash(new AuditEvent(
                    ++seq,
                    at,
                    companyId,
                    entry.practiceId(),
                    actorId,
                    actorName,
                    entry.action(),
                    entry.entityType(),
                    entry.entityId(),
                    entry.patientId(),
                    entry.outcome(),
                    clientAddress,
                    entry.detail(),
                    previous,
                    ""));
            repository.insert(event);
            previous = event.hash();
        }
        repository.moveHead(seq, previous);
    }

    private static AuditEvent withHash(AuditEvent e) {
        return new AuditEvent(
                e.seq(),
                e.occurredAt(),
                e.companyId(),
                e.practiceId(),
                e.actorId(),
                e.actorName(),
                e.action(),
                e.entityType(),
                e.entityId(),
                e.patientId(),
                e.outcome(),
                e.clientAddress(),
                e.detail(),
                e.previousHash(),
                AuditChain.hash(e));
    }
}
