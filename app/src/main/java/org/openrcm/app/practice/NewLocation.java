package org.openrcm.app.practice;

import java.util.Objects;
import org.openrcm.app.kernel.PracticeId;

/** Command: a practice adds a service location. */
public record NewLocation(PracticeId practiceId, String name, String placeOfService, Address address) {
    public NewLocation {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        if (placeOfService == null || !placeOfService.matches("\\d{2}")) {
            throw new IllegalArgumentException("a place-of-service code is two digits: " + placeOfService);
        }
    }
}
