package org.openrcm.app.kernel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a batch of claims (one 837 file for one receiver); opaque, never derived from personal data, so it may appear in URLs. */
public record BatchId(UUID value) {
    public BatchId {
        Objects.requireNonNull(value, "batch id");
    }

    public static BatchId random() {
        return new BatchId(UUID.randomUUID());
    }

    /** Parses the text form; a malformed id is an unknown id, so it fails as {@link Refused#notFound}. */
    public static BatchId parse(String text) {
        return new BatchId(Ids.parse(text, "batch"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
