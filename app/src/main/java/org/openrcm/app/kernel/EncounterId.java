package org.openrcm.app.kernel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a encounter; opaque, never derived from personal data, so it may appear in URLs. */
public record EncounterId(UUID value) {
    public EncounterId {
        Objects.requireNonNull(value, "encounter id");
    }

    public static EncounterId random() {
        return new EncounterId(UUID.randomUUID());
    }

    /** Parses the text form; a malformed id is an unknown id, so it fails as {@link Refused#notFound}. */
    public static EncounterId parse(String text) {
        return new EncounterId(Ids.parse(text, "encounter"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
