package org.openrcm.app.patient;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.CoverageId;
import org.openrcm.app.practice.PayerView;

/** A coverage with its payer, as the patient page shows it. */
public record CoverageView(
        CoverageId id,
        PayerView payer,
        int priority,
        String memberId,
        @Nullable String groupNumber,
        Relationship relationship,
        @Nullable String subscriberName,
        @Nullable LocalDate subscriberBirthDate,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo) {

    public String priorityName() {
        return switch (priority) {
            case 1 -> "Primary";
            case 2 -> "Secondary";
            default -> "Tertiary";
        };
    }

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
