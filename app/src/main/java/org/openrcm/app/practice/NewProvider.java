package org.openrcm.app.practice;

import java.util.Objects;
import org.openrcm.app.kernel.PracticeId;

/** Command: a practice adds a rendering provider. */
public record NewProvider(
        PracticeId practiceId,
        Npi npi,
        String firstName,
        String lastName,
        String credential,
        String taxonomy,
        String specialty) {
    public NewProvider {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(specialty, "specialty");
        if (taxonomy == null || !taxonomy.matches("[0-9A-Z]{9}X")) {
            throw new IllegalArgumentException("a taxonomy code is ten characters ending in X: " + taxonomy);
        }
    }
}
