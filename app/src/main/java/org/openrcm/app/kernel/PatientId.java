package org.openrcm.app.kernel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a patient; opaque, never derived from personal data, so it may appear in URLs. */
public record PatientId(UUID value) {
    public PatientId {
        Objects.requireNonNull(value, "patient id");
    }

    public static PatientId random() {
        return new PatientId(UUID.randomUUID());
    }

    /** Parses the text form; a malformed id is an unknown id, so it fails as {@link Refused#notFound}. */
    public static PatientId parse(String text) {
        return new PatientId(Ids.parse(text, "patient"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
