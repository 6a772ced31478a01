package org.openrcm.app.kernel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a claim; opaque, never derived from personal data, so it may appear in URLs. */
public record ClaimId(UUID value) {
    public ClaimId {
        Objects.requireNonNull(value, "claim id");
    }

    public static ClaimId random() {
        return new ClaimId(UUID.randomUUID());
    }

    /** Parses the text form; a malformed id is an unknown id, so it fails as {@link Refused#notFound}. */
    public static ClaimId parse(String text) {
        return new ClaimId(Ids.parse(text, "claim"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
