package org.openrcm.app.audit;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.UserId;

/**
 * Filters of the audit log; null or empty means "any". {@code patients} empty with {@code patientFilter} true
 * means a patient was asked for and none matched, which finds nothing. Dates are inclusive, in UTC.
 */
public record AuditQuery(
        @Nullable UserId user,
        boolean patientFilter,
        List<PatientId> patients,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Long beforeSeq,
        int limit) {

    public AuditQuery {
        patients = List.copyOf(patients);
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit is 1 to 500");
        }
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, false, List.of(), null, null, null, limit);
    }
}
