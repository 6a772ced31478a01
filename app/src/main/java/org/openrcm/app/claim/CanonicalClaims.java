package org.openrcm.app.claim;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.ProviderId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.patient.CoverageView;
import org.openrcm.app.patient.PatientDetails;
import org.openrcm.app.patient.Patients;
import org.openrcm.app.patient.Relationship;
import org.openrcm.app.practice.Address;
import org.openrcm.app.practice.PracticeView;
import org.openrcm.app.practice.Practices;
import org.openrcm.app.practice.ProviderView;
import org.openrcm.edits.claim.Claim.Line;
import org.openrcm.edits.claim.Claim.Name;
import org.openrcm.edits.claim.Claim.Payer;
import org.openrcm.edits.claim.Claim.Provider;
import org.openrcm.edits.claim.Claim.Subscriber;
import org.springframework.stereotype.Component;

/**
 * Builds the canonical claim (the claim JSON of DESIGN.md that the scrubber, the 837P mapper and the CMS-1500 read)
 * from a stored claim and what the practice and patient modules know: the billing provider (the practice, or the
 * billing provider of the claim with the practice's tax id and address), the rendering provider, the patient, the
 * subscriber of the claim's coverage and its payer. What is unknown stays null, for the scrubber to name.
 */
@Component
class CanonicalClaims {
    private final Patients patients;
    private final Practices practices;
    private final Clock clock;

    CanonicalClaims(Patients patients, Practices practices, Clock clock) {
        this.patients = patients;
        this.practices = practices;
        this.clock = clock;
    }

    org.openrcm.edits.claim.Claim of(Claim claim) {
        return of(claim, patient(claim.content().patient()), practices.allProviders());
    }

    /** The patient (with coverages) the claims of {@link #of(Claim, PatientDetails, List)} bill for. */
    PatientDetails patient(PatientId id) {
        return patients.find(id).orElseThrow(() -> Refused.notFound("patient"));
    }

    /** The canonical claim of one of {@code patient}'s claims, with the providers of the actor's practices. */
    org.openrcm.edits.claim.Claim of(Claim claim, PatientDetails patient, List<ProviderView> providers) {
        ClaimContent c = claim.content();
        PracticeView practice = patient.practice();
        Optional<CoverageView> coverage = patient.coverages().stream()
                .filter(v -> v.id().equals(c.coverage()))
                .findFirst();
        ProviderView rendering = provider(providers, c.renderingProvider());
        ProviderView billingAs = c.billingProvider() == null ? null : provider(providers, c.billingProvider());
        org.openrcm.edits.claim.Claim.Address practiceAddress = address(practice.address());
        Provider billing = billingAs == null
                ? new Provider(
                        practice.npi().value(), practice.taxonomy(), practice.taxId(), practice.name(), practiceAddress)
                : new Provider(
                        billingAs.npi().value(),
                        billingAs.taxonomy(),
                        practice.taxId(),
                        providerName(billingAs),
                        practiceAddress);
        Provider renderingProvider = rendering == null
                ? null
                : new Provider(rendering.npi().value(), rendering.taxonomy(), null, providerName(rendering), null);
        org.openrcm.edits.claim.Claim.Address patientAddress = address(patient.address());
        Name patientName =
                new Name(patient.summary().lastName(), patient.summary().firstName());
        Payer payer = coverage.map(v -> new Payer(
                        v.payer().electronicId(),
                        v.payer().name(),
                        v.payer().kind().name().toLowerCase(Locale.ROOT)))
                .orElse(null);
        Subscriber subscriber = coverage.map(v -> new Subscriber(
                        v.memberId(),
                        v.relationship().name().toLowerCase(Locale.ROOT),
                        v.relationship() == Relationship.SELF ? patientName : subscriberName(v.subscriberName()),
                        patientAddress))
                .orElse(null);
        List<Line> lines = c.lines().stream()
                .map(l -> new Line(
                        l.procedure(), l.modifiers(), l.units(), l.charge().amount(), l.pointers(), l.serviceDate()))
                .toList();
        return new org.openrcm.edits.claim.Claim(
                claim.id().value().toString(),
                "professional",
                claim.frequency().code(),
                payer,
                subscriber,
                new org.openrcm.edits.claim.Claim.Patient(
                        c.patient().value().toString(),
                        patientName,
                        patient.summary().birthDate(),
                        patient.summary().sex().name(),
                        patientAddress),
                billing,
                renderingProvider,
                c.placeOfService(),
                submittedOn(claim),
                null,
                c.diagnoses(),
                lines);
    }

    /** The day the claim was last sent, in the application's time zone; null while it was never sent. */
    private @Nullable LocalDate submittedOn(Claim claim) {
        return claim.view().transitions().stream()
                .filter(t -> t.action() == ClaimAction.SUBMIT)
                .reduce((first, second) -> second)
                .map(t -> LocalDate.ofInstant(t.at(), clock.getZone()))
                .orElse(null);
    }

    private static @Nullable ProviderView provider(List<ProviderView> providers, ProviderId id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    /** "LAST, FIRST", as the 837P mapper splits an individual's name. */
    private static String providerName(ProviderView p) {
        return p.lastName() + ", " + p.firstName();
    }

    /** The subscriber's name as the patient module keeps it ("Last, First"), or null when not recorded. */
    private static @Nullable Name subscriberName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        int comma = name.indexOf(',');
        return comma < 0
                ? new Name(name.strip(), null)
                : new Name(
                        name.substring(0, comma).strip(),
                        name.substring(comma + 1).strip());
    }

    private static org.openrcm.edits.claim.Claim.Address address(Address a) {
        String line1 = a.line2() == null || a.line2().isBlank() ? a.line1() : a.line1() + " " + a.line2();
        return new org.openrcm.edits.claim.Claim.Address(line1, a.city(), a.state(), a.zip());
    }
}
