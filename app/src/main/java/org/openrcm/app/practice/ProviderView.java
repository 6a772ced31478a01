package org.openrcm.app.practice;

import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.ProviderId;

/** A rendering provider of a practice. */
public record ProviderView(
        ProviderId id,
        PracticeId practiceId,
        Npi npi,
        String firstName,
        String lastName,
        String credential,
        String taxonomy,
        String specialty) {

    /** "Maria Chen, MD" */
    public String displayName() {
        return firstName + " " + lastName + (credential.isBlank() ? "" : ", " + credential);
    }
}
