package org.openrcm.app.kernel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a provider; opaque, never derived from personal data, so it may appear in URLs. */
public record ProviderId(UUID value) {
    public ProviderId {
        Objects.requireNonNull(value, "provider id");
    }

    public static ProviderId random() {
        return new ProviderId(UUID.randomUUID());
    }

    /** Parses the text form; a malformed id is an unknown id, so it fails as {@link Refused#notFound}. */
    public static ProviderId parse(String text) {
        return new ProviderId(Ids.parse(text, "provider"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
