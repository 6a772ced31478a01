package org.openrcm.app.claim;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.CoverageId;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PayerId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.ProviderId;
import org.openrcm.app.kernel.Refused;

/**
 * What a claim bills: for a patient of a practice, to the payer of one of the patient's coverages, the diagnoses in
 * their order (1 to 12; the first is the principal one) and the service lines (1 to 50, the 837P limit) pointing to
 * them. {@code encounter} is null for a claim made without one (a void, an imported claim); {@code billingProvider}
 * is null when the practice bills as a group under its own NPI. Diagnosis codes are stored without the dot and
 * upper-cased ("E11.9" becomes "E119"). Immutable; shapes are checked here, code validity by the scrubber.
 */
public record ClaimContent(
        PracticeId practice,
        PatientId patient,
        @Nullable EncounterId encounter,
        PayerId payer,
        CoverageId coverage,
        ProviderId renderingProvider,
        @Nullable ProviderId billingProvider,
        String placeOfService,
        List<String> diagnoses,
        List<ServiceLine> lines) {

    public static final int MAX_DIAGNOSES = 12;
    public static final int MAX_LINES = 50;

    public ClaimContent {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(renderingProvider, "renderingProvider");
        Objects.requireNonNull(placeOfService, "placeOfService");
        placeOfService = placeOfService.strip();
        if (!placeOfService.matches("\\d{2}")) {
            throw Refused.invalid(
                    "PLACE_OF_SERVICE_SHAPE", "The place of service must be a two-digit code such as 11 (office).");
        }
        diagnoses = diagnoses.stream()
                .map(d -> d.strip().replace(".", "").toUpperCase(Locale.ROOT))
                .toList();
        if (diagnoses.isEmpty()) {
            throw Refused.invalid("NO_DIAGNOSIS", "A claim needs at least one diagnosis; add the principal one first.");
        }
        if (diagnoses.size() > MAX_DIAGNOSES) {
            throw Refused.invalid(
                    "TOO_MANY_DIAGNOSES",
                    "A claim takes at most 12 diagnoses; this one has " + diagnoses.size()
                            + ". Keep the 12 the lines point to.");
        }
        for (String code : diagnoses) {
            if (!code.matches("[A-Z][0-9][0-9A-Z]{1,5}")) {
                throw Refused.invalid(
                        "DIAGNOSIS_SHAPE", "The diagnosis " + code + " is not shaped like an ICD-10-CM code.");
            }
        }
        if (new HashSet<>(diagnoses).size() != diagnoses.size()) {
            throw Refused.invalid("DIAGNOSIS_REPEATED", "A diagnosis is listed twice; list each code once.");
        }
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw Refused.invalid("NO_SERVICE_LINE", "A claim needs at least one service line.");
        }
        if (lines.size() > MAX_LINES) {
            throw Refused.invalid("TOO_MANY_LINES", "A claim takes at most 50 service lines; split it in two.");
        }
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            for (int pointer : line.pointers()) {
                if (pointer > diagnoses.size()) {
                    throw Refused.invalid(
                            "POINTER_WITHOUT_DIAGNOSIS",
                            "Line " + (i + 1) + " (" + line.procedure()
                                    + ") points to diagnosis " + pointer + " but the claim has " + diagnoses.size()
                                    + "; point it to a listed diagnosis.");
                }
            }
        }
    }

    /** The sum of the line charges (837 CLM02, box 28). */
    public Money totalCharge() {
        return lines.stream().map(ServiceLine::charge).reduce(Money.ZERO, Money::plus);
    }
}
