package org.openrcm.app.audit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PracticeId;

/**
 * What a module tells the audit log; who, when and from where are added by the log itself. {@code detail} is a
 * short note without personal data (for example "12 results"), never a search text or a name.
 */
public record AuditEntry(
        AuditAction action,
        String entityType,
        @Nullable String entityId,
        @Nullable PracticeId practiceId,
        @Nullable PatientId patientId,
        AuditOutcome outcome,
        @Nullable String detail) {

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static AuditEntry of(AuditAction action, String entityType, @Nullable Object entityId) {
        return new AuditEntry(
                action,
                entityType,
                entityId == null ? null : entityId.toString(),
                null,
                null,
                AuditOutcome.SUCCESS,
                null);
    }

    public AuditEntry practice(@Nullable PracticeId practice) {
        return new AuditEntry(action, entityType, entityId, practice, patientId, outcome, detail);
    }

    public AuditEntry patient(@Nullable PatientId patient) {
        return new AuditEntry(action, entityType, entityId, practiceId, patient, outcome, detail);
    }

    public AuditEntry outcome(AuditOutcome newOutcome) {
        return new AuditEntry(action, entityType, entityId, practiceId, patientId, newOutcome, detail);
    }

    public AuditEntry detail(@Nullable String note) {
        return new AuditEntry(action, entityType, entityId, practiceId, patientId, outcome, note);
    }
}
