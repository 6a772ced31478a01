package org.openrcm.app.kernel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a location; opaque, never derived from personal data, so it may appear in URLs. */
public record LocationId(UUID value) {
    public LocationId {
        Objects.requireNonNull(value, "location id");
    }

    public static LocationId random() {
        return new LocationId(UUID.randomUUID());
    }

    /** Parses the text form; a malformed id is an unknown id, so it fails as {@link Refused#notFound}. */
    public static LocationId parse(String text) {
        return new LocationId(Ids.parse(text, "location"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
