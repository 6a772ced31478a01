package org.openrcm.app.encounter;

import java.time.LocalDate;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PracticeId;

/** An encounter as lists show it. */
public record EncounterView(
        EncounterId id,
        PracticeId practiceId,
        PatientId patientId,
        LocalDate dateOfService,
        String providerName,
        String locationName,
        String placeOfService,
        String reason,
        EncounterStatus status) {}
