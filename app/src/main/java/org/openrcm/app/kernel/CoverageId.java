package org.openrcm.app.kernel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a coverage; opaque, never derived from personal data, so it may appear in URLs. */
public record CoverageId(UUID value) {
    public CoverageId {
        Objects.requireNonNull(value, "coverage id");
    }

    public static CoverageId random() {
        return new CoverageId(UUID.randomUUID());
    }

    /** Parses the text form; a malformed id is an unknown id, so it fails as {@link Refused#notFound}. */
    public static CoverageId parse(String text) {
        return new CoverageId(Ids.parse(text, "coverage"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
