package org.openrcm.app.coding;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.UserId;

/**
 * One encounter on the coding worklist: how old it is, who saw the patient, where its coding stands and which coder
 * works it. The patient is shown as the patient lists show one (name and account number); reading it is audited.
 */
public record WorklistRow(
        EncounterId encounter,
        PracticeId practiceId,
        LocalDate dateOfService,
        long ageInDays,
        String providerName,
        String specialty,
        PatientId patientId,
        String patientName,
        String accountNumber,
        WorklistStatus status,
        @Nullable UserId assignee,
        @Nullable String assigneeName) {}
