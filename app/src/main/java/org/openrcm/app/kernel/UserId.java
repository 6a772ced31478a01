package org.openrcm.app.kernel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a user; opaque, never derived from personal data, so it may appear in URLs. */
public record UserId(UUID value) {
    public UserId {
        Objects.requireNonNull(value, "user id");
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    /** Parses the text form; a malformed id is an unknown id, so it fails as {@link Refused#notFound}. */
    public static UserId parse(String text) {
        return new UserId(Ids.parse(text, "user"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
