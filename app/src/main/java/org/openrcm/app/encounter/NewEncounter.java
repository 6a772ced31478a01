package org.openrcm.app.encounter;

import java.time.LocalDate;
import java.util.Objects;
import org.openrcm.app.kernel.LocationId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.ProviderId;

/** Command: record that a provider saw a patient at a location on a date; the place of service is the location's. */
public record NewEncounter(
        PatientId patientId, ProviderId providerId, LocationId locationId, LocalDate dateOfService, String reason) {
    public NewEncounter {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "NewEncounter[patient " + patientId + ", " + dateOfService + "]";
    }
}
