package org.openrcm.app.patient;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PayerId;

/**
 * Command: record a patient's insurance. {@code priority} 1 is primary, 2 secondary, 3 tertiary. When the patient
 * is not the subscriber, the subscriber's name and birth date are given.
 */
public record NewCoverage(
        PatientId patientId,
        PayerId payerId,
        int priority,
        String memberId,
        @Nullable String groupNumber,
        Relationship relationship,
        @Nullable String subscriberLastName,
        @Nullable String subscriberFirstName,
        @Nullable LocalDate subscriberBirthDate,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo) {

    public NewCoverage {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (priority < 1 || priority > 3) {
            throw new IllegalArgumentException("coverage priority is 1 (primary) to 3 (tertiary)");
        }
        if (memberId == null || !memberId.matches("[A-Za-z0-9-]{2,30}")) {
            throw new IllegalArgumentException("a member id is 2 to 30 letters, digits or dashes");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("a coverage cannot end before it starts");
        }
        if (relationship != Relationship.SELF && (subscriberLastName == null || subscriberFirstName == null)) {
            throw new IllegalArgumentException("a coverage held by someone else names its subscriber");
        }
    }

    @Override
    public String toString() {
        return "NewCoverage[patient " + patientId + ", priority " + priority + "]";
    }
}
