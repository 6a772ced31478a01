package org.openrcm.app.audit;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.UserId;

/**
 * One row of the audit trail, as stored. {@code seq} numbers events 1, 2, 3… without gaps; {@code hash} is the
 * SHA-256 of the row's content and {@code previousHash} (see {@link AuditChain}). {@code occurredAt} has
 * microsecond precision, the finest both databases keep.
 */
public record AuditEvent(
        long seq,
        Instant occurredAt,
        @Nullable CompanyId companyId,
        @Nullable PracticeId practiceId,
        @Nullable UserId actorId,
        String actorName,
        AuditAction action,
        String entityType,
        @Nullable String entityId,
        @Nullable PatientId patientId,
        AuditOutcome outcome,
        @Nullable String clientAddress,
        @Nullable String detail,
        String previousHash,
        String hash) {

    public AuditEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
