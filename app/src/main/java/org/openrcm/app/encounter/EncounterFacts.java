package org.openrcm.app.encounter;

import java.time.LocalDate;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.LocationId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.ProviderId;

/**
 * What other modules need to bill an encounter: who saw which patient, where (the place of service is the
 * location's), on which date, and where the encounter stands. Carries ids only, no personal data.
 */
public record EncounterFacts(
        EncounterId id,
        PracticeId practiceId,
        PatientId patientId,
        ProviderId providerId,
        LocationId locationId,
        LocalDate dateOfService,
        String placeOfService,
        EncounterStatus status) {}
