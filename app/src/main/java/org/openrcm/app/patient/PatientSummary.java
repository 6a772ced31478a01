package org.openrcm.app.patient;

import java.time.LocalDate;
import java.time.Period;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PracticeId;

/** A patient as a search result row shows it. */
public record PatientSummary(
        PatientId id,
        PracticeId practiceId,
        String accountNumber,
        String lastName,
        String firstName,
        LocalDate birthDate,
        Sex sex) {

    /** "RIVERA, ANA" */
    public String displayName() {
        return lastName + ", " + firstName;
    }

    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }
}
