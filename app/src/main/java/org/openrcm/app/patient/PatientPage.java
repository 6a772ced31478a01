package org.openrcm.app.patient;

import java.util.List;

/** One page of search results; {@code more} tells whether another page follows. */
public record PatientPage(List<PatientSummary> patients, int offset, boolean more) {
    public PatientPage {
        patients = List.copyOf(patients);
    }
}
