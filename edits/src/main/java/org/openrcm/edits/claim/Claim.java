package org.openrcm.edits.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A claim as the scrubber sees it: the canonical claim JSON of DESIGN.md. Anything may be missing (a finding of the
 * scrubber, {@code MISSING_FIELD}, not a crash): every field but the lists is nullable.
 */
public record Claim(
        @Nullable String id,
        @Nullable String kind,
        @Nullable String frequency,
        @Nullable Payer payer,
        @Nullable Subscriber subscriber,
        @Nullable Patient patient,
        @Nullable Provider billingProvider,
        @Nullable Provider renderingProvider,
        @Nullable String placeOfService,
        @Nullable LocalDate submittedOn,
        @Nullable String priorAuthorization,
        List<String> diagnoses,
        List<Line> lines) {

    public Claim {
        diagnoses = List.copyOf(diagnoses);
        lines = List.copyOf(lines);
    }

    public record Payer(
            @Nullable String id,
            @Nullable String name,
            @Nullable String kind) {}

    public record Name(@Nullable String last, @Nullable String first) {}

    public record Address(
            @Nullable String line1,
            @Nullable String city,
            @Nullable String state,
            @Nullable String zip) {}

    public record Subscriber(
            @Nullable String memberId,
            @Nullable String relationship,
            @Nullable Name name,
            @Nullable Address address) {}

    public record Patient(
            @Nullable String id,
            @Nullable Name name,
            @Nullable LocalDate birthDate,
            @Nullable String sex,
            @Nullable Address address) {}

    public record Provider(
            @Nullable String npi,
            @Nullable String taxonomy,
            @Nullable String taxId,
            @Nullable String name,
            @Nullable Address address) {}

    /** A service line: procedure, up to 4 modifiers, units, charge, diagnosis pointers (1-based), date of service. */
    public record Line(
            @Nullable String procedure,
            List<String> modifiers,
            @Nullable BigDecimal units,
            @Nullable BigDecimal charge,
            List<Integer> pointers,
            @Nullable LocalDate serviceDate) {
        public Line {
            modifiers = List.copyOf(modifiers);
            pointers = List.copyOf(pointers);
        }
    }
}
