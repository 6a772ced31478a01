package org.openrcm.edits.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openrcm.edits.claim.Claim;

/**
 * The claims already sent to payers, as {@code DUPLICATE_CLAIM} needs them: by patient, provider and date of service.
 * A payer denies a second claim for the same service (CARC 18, "exact duplicate claim/service"); this index lets the
 * scrubber catch it first. Built from claims (a submitted batch, the claim history of the database), or
 * {@link #NONE}.
 */
public final class SubmittedClaims {

    /** No history: nothing is a duplicate. */
    public static final SubmittedClaims NONE = new SubmittedClaims();

    /** One service already submitted: its claim, the line there, and the procedure with its modifiers. */
    public record Service(
            String claimId,
            int line,
            String procedure,
            List<String> modifiers,
            @Nullable LocalDate sent) {
        public Service {
            modifiers = List.copyOf(modifiers);
        }
    }

    /** Who and when: the patient (member id and birth date when the claim has no patient id), the provider, the day. */
    public record Visit(String patient, String provider, LocalDate serviceDate) {}

    private final Map<Visit, List<Service>> services = new HashMap<>();

    private SubmittedClaims() {}

    /** An index of the services of these claims; a claim without an id is kept under "claim N" (its position). */
    public static SubmittedClaims of(List<Claim> claims) {
        SubmittedClaims index = new SubmittedClaims();
        for (int i = 0; i < claims.size(); i++) {
            index.add(claims.get(i), "claim " + (i + 1));
        }
        return index;
    }

    /**
     * Adds the services of a claim. A replacement (frequency 7) adds nothing: it stands for the claim it replaces,
     * which a history keeps once. A void (8) takes the services it names out: the claim it voids is no longer with the
     * payer, so billing them again is not a duplicate.
     */
    public void add(Claim claim, String idIfNone) {
        if ("7".equals(claim.frequency())) {
            return;
        }
        if ("8".equals(claim.frequency())) {
            remove(claim);
            return;
        }
        String id = claim.id() != null ? claim.id() : idIfNone;
        for (int i = 0; i < claim.lines().size(); i++) {
            Claim.Line line = claim.lines().get(i);
            Visit visit = visit(claim, line);
            if (visit == null || line.procedure() == null || line.procedure().isBlank()) {
                continue;
            }
            services.computeIfAbsent(visit, v -> new ArrayList<>())
                    .add(new Service(
                            id, i + 1, normal(line.procedure()), normal(line.modifiers()), claim.submittedOn()));
        }
    }

    private void remove(Claim voided) {
        for (Claim.Line line : voided.lines()) {
            Visit visit = visit(voided, line);
            if (visit == null || line.procedure() == null || line.procedure().isBlank()) {
                continue;
            }
            List<Service> on = services.get(visit);
            if (on != null) {
                String procedure = normal(line.procedure());
                List<String> modifiers = normal(line.modifiers());
                for (int i = 0; i < on.size(); i++) {
                    if (on.get(i).procedure().equals(procedure)
                            && on.get(i).modifiers().equals(modifiers)) {
                        on.remove(i);
                        break;
                    }
                }
            }
        }
    }

    /** The services already submitted for this visit, oldest first. */
    public List<Service> on(Visit visit) {
        return services.getOrDefault(visit, List.of());
    }

    /** The visit of a claim line, or null when the claim does not say who or when. */
    public static @Nullable Visit visit(Claim claim, Claim.Line line) {
        String patient = patientKey(claim);
        String provider = providerKey(claim);
        if (patient == null || provider == null || line.serviceDate() == null) {
            return null;
        }
        return new Visit(patient, provider, line.serviceDate());
    }

    private static @Nullable String patientKey(Claim claim) {
        if (claim.patient() != null
                && claim.patient().id() != null
                && !claim.patient().id().isBlank()) {
            return "id:" + claim.patient().id().strip();
        }
        if (claim.subscriber() != null
                && claim.subscriber().memberId() != null
                && claim.patient() != null
                && claim.patient().birthDate() != null) {
            // twins share a member id and a birth date, not a first name
            String first =
                    claim.patient().name() == null || claim.patient().name().first() == null
                            ? ""
                            : claim.patient().name().first().strip().toUpperCase(Locale.ROOT);
            return "member:" + claim.subscriber().memberId().strip().toUpperCase(Locale.ROOT) + "/"
                    + claim.patient().birthDate() + "/" + first;
        }
        return null;
    }

    private static @Nullable String providerKey(Claim claim) {
        Claim.Provider p =
                claim.renderingProvider() != null && claim.renderingProvider().npi() != null
                        ? claim.renderingProvider()
                        : claim.billingProvider();
        return p == null || p.npi() == null || p.npi().isBlank()
                ? null
                : p.npi().strip();
    }

    static String normal(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /** Modifiers as services are compared by them: without blanks, in capitals, in order. */
    public static List<String> normal(List<String> modifiers) {
        return modifiers.stream()
                .filter(Objects::nonNull)
                .map(SubmittedClaims::normal)
                .filter(m -> !m.isEmpty())
                .sorted()
                .toList();
    }
}
