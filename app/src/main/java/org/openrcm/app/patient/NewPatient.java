package org.openrcm.app.patient;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.practice.Address;

/** Command: register a patient with a practice. The account number is assigned by the practice. */
public record NewPatient(
        PracticeId practiceId,
        String lastName,
        String firstName,
        @Nullable String middleName,
        LocalDate birthDate,
        Sex sex,
        Address address,
        @Nullable String phone,
        @Nullable String email) {

    public NewPatient {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(address, "address");
        if (lastName == null || lastName.isBlank() || firstName == null || firstName.isBlank()) {
            throw new IllegalArgumentException("a patient has a last and a first name");
        }
    }

    @Override
    public String toString() {
        return "NewPatient[practice " + practiceId + "]";
    }
}
