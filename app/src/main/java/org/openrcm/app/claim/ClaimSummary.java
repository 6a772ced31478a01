package org.openrcm.app.claim;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PayerId;
import org.openrcm.app.kernel.PracticeId;

/** A claim as a work list shows it (no lines, no personal data beyond the patient's id). */
public record ClaimSummary(
        ClaimId id,
        PracticeId practice,
        PatientId patient,
        PayerId payer,
        ClaimFrequency frequency,
        @Nullable ClaimId originalClaim,
        ClaimStatus status,
        Money totalCharge,
        LocalDate firstServiceDate,
        Instant createdAt) {}
