package org.openrcm.app.kernel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a company; opaque, never derived from personal data, so it may appear in URLs. */
public record CompanyId(UUID value) {
    public CompanyId {
        Objects.requireNonNull(value, "company id");
    }

    public static CompanyId random() {
        return new CompanyId(UUID.randomUUID());
    }

    /** Parses the text form; a malformed id is an unknown id, so it fails as {@link Refused#notFound}. */
    public static CompanyId parse(String text) {
        return new CompanyId(Ids.parse(text, "company"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
