package org.openrcm.app.kernel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a practice; opaque, never derived from personal data, so it may appear in URLs. */
public record PracticeId(UUID value) {
    public PracticeId {
        Objects.requireNonNull(value, "practice id");
    }

    public static PracticeId random() {
        return new PracticeId(UUID.randomUUID());
    }

    /** Parses the text form; a malformed id is an unknown id, so it fails as {@link Refused#notFound}. */
    public static PracticeId parse(String text) {
        return new PracticeId(Ids.parse(text, "practice"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
