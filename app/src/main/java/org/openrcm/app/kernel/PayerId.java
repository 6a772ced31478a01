package org.openrcm.app.kernel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a payer; opaque, never derived from personal data, so it may appear in URLs. */
public record PayerId(UUID value) {
    public PayerId {
        Objects.requireNonNull(value, "payer id");
    }

    public static PayerId random() {
        return new PayerId(UUID.randomUUID());
    }

    /** Parses the text form; a malformed id is an unknown id, so it fails as {@link Refused#notFound}. */
    public static PayerId parse(String text) {
        return new PayerId(Ids.parse(text, "payer"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
