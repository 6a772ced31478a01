package org.openrcm.app.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openrcm.app.identity.Role;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.CoverageId;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.ProviderId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.patient.NewCoverage;
import org.openrcm.app.patient.NewPatient;
import org.openrcm.app.patient.Relationship;
import org.openrcm.app.patient.Sex;
import org.openrcm.app.practice.Address;
import org.openrcm.app.practice.NewPractice;
import org.openrcm.app.practice.NewProvider;
import org.openrcm.app.practice.Npi;
import org.openrcm.app.practice.PayerView;
import org.openrcm.edits.Severity;
import org.springframework.beans.factory.annotation.Autowired;

/** The scrub gate on PostgreSQL with the starter code sets: what passes, what is held, for whom, and overrides. */
class ClaimScrubGateTest extends ClaimApplicationTest {
    @Autowired
    ClaimScrubGate gate;

    @Test
    void aCleanClaimPassesToReadyWithNothingOnAnyWorklist() {
        ClaimId id = draft("OAK", List.of("I10"), "99213", DOS);

        ScrubOutcome outcome = asUser("coder", () -> gate.scrub(id));

        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(outcome.status()).isEqualTo(ClaimStatus.READY);
        assertThat(statusInDatabase(id)).isEqualTo("READY");
        PracticeId oak = demo.practice("OAK").id();
        assertThat(asSystem(() -> gate.findingsFor(oak, Role.CODER)))
                .noneMatch(i -> i.claim().equals(id));
        assertThat(asSystem(() -> gate.findingsFor(oak, Role.BILLER)))
                .noneMatch(i -> i.claim().equals(id));
    }

    @Test
    void theCanonicalClaimCarriesPracticePatientSubscriberAndPayer() {
        ClaimId id = draft("OAK", List.of("I10"), "99213", DOS);
        org.openrcm.edits.claim.Claim c = asSystem(() -> claims.toCanonical(id));

        assertThat(c.id()).isEqualTo(id.toString());
        assertThat(c.kind()).isEqualTo("professional");
        assertThat(c.frequency()).isEqualTo("1");
        assertThat(c.billingProvider().npi())
                .isEqualTo(demo.practice("OAK").npi().value());
        assertThat(c.billingProvider().name()).isEqualTo("Oak Family Medicine");
        assertThat(c.billingProvider().taxId()).isEqualTo("371234567");
        assertThat(c.billingProvider().address().zip()).isEqualTo("627011234");
        assertThat(c.renderingProvider().npi()).hasSize(10);
        assertThat(c.renderingProvider().name()).contains(", ");
        assertThat(c.patient().name().last()).isNotBlank();
        assertThat(c.patient().birthDate()).isNotNull();
        assertThat(c.patient().sex()).isIn("F", "M", "U");
        assertThat(c.subscriber().memberId()).isNotBlank();
        assertThat(c.subscriber().relationship()).isIn("self", "spouse", "child", "other");
        assertThat(c.payer().id()).isNotBlank();
        assertThat(c.payer().kind()).isEqualTo(c.payer().kind().toLowerCase());
        assertThat(c.diagnoses()).containsExactly("I10");
        assertThat(c.lines()).singleElement().satisfies(l -> {
            assertThat(l.procedure()).isEqualTo("99213");
            assertThat(l.charge()).isEqualByComparingTo("100.00");
            assertThat(l.serviceDate()).isEqualTo(DOS);
        });
        assertThat(c.submittedOn()).isNull();
    }

    @Test
    void aCodingErrorHoldsTheClaimOnTheCodersWorklistOnly() {
        ClaimId id = draft("OAK", List.of("E11"), "99213", DOS);

        ScrubOutcome outcome = asUser("coder", () -> gate.scrub(id));

        assertThat(outcome.status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(statusInDatabase(id)).isEqualTo("DRAFT");
        ClaimFinding finding = outcome.findings().stream()
                .filter(ClaimFinding::blocks)
                .findFirst()
                .orElseThrow();
        assertThat(finding.rule()).startsWith("CODE_");
        assertThat(finding.codes()).contains("E11");
        assertThat(finding.route()).isEqualTo(Role.CODER);
        assertThat(finding.reference().table()).isNotBlank();
        PracticeId oak = demo.practice("OAK").id();
        List<ClaimWorkItem> coder = asUser("coder", () -> gate.findingsFor(oak, Role.CODER));
        assertThat(coder)
                .filteredOn(i -> i.claim().equals(id))
                .singleElement()
                .satisfies(item -> assertThat(item.findings())
                        .extracting(ClaimFinding::rule)
                        .contains(finding.rule()));
        assertThat(asUser("biller", () -> gate.findingsFor(oak, Role.BILLER)))
                .noneMatch(i -> i.claim().equals(id));
    }

    @Test
    void aMissingFieldGoesToTheBiller() {
        ClaimId id = asSystem(() -> claims.createDraft(practiceWithoutZipPlusFour()));

        ScrubOutcome outcome = asSystem(() -> gate.scrub(id));

        assertThat(outcome.status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(outcome.findings())
                .filteredOn(ClaimFinding::blocks)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("MISSING_FIELD");
                    assertThat(f.message()).contains("billingProvider.address.zip");
                    assertThat(f.route()).isEqualTo(Role.BILLER);
                });
        PracticeId practice =
                asSystem(() -> claims.find(id)).orElseThrow().content().practice();
        assertThat(asSystem(() -> gate.findingsFor(practice, Role.BILLER)))
                .extracting(ClaimWorkItem::claim)
                .containsExactly(id);
        assertThat(asSystem(() -> gate.findingsFor(practice, Role.CODER))).isEmpty();
    }

    @Test
    void aServiceDatedInTheFutureIsTheBillersToFix() {
        ClaimId id = draft("OAK", List.of("I10"), "99213", LocalDate.now().plusDays(40));

        ScrubOutcome outcome = asSystem(() -> gate.scrub(id));

        assertThat(outcome.findings())
                .filteredOn(ClaimFinding::blocks)
                .extracting(ClaimFinding::rule, ClaimFinding::route, ClaimFinding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DATE_INVALID", Role.BILLER, 1));
    }

    @Test
    void aServiceTheSameClaimAlreadySentIsADuplicateForTheBiller() {
        LocalDate day = DOS.minusDays(9);
        ClaimId sent = draft("OAK", List.of("I10"), "99212", day);
        asSystem(() -> gate.scrub(sent));
        asSystem(() -> claims.batch(sent, org.openrcm.app.kernel.BatchId.random()));
        asSystem(() -> claims.submit(sent));
        ClaimId otherService = draft("OAK", List.of("I10"), "99215", day);
        ClaimId again = draft("OAK", List.of("I10"), "99212", day);

        assertThat(asSystem(() -> gate.scrub(otherService)).status()).isEqualTo(ClaimStatus.READY);
        ScrubOutcome outcome = asSystem(() -> gate.scrub(again));

        assertThat(outcome.status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(outcome.findings())
                .filteredOn(ClaimFinding::blocks)
                .extracting(ClaimFinding::rule, ClaimFinding::route)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DUPLICATE_CLAIM", Role.BILLER));
    }

    @Test
    void anOverrideNeedsAReasonAndTheRightRoleThenReleasesTheClaimAndIsAudited() {
        ClaimId id = draft("OAK", List.of("E11"), "99213", DOS);
        ScrubOutcome held = asUser("coder", () -> gate.scrub(id));
        UUID error = held.findings().stream()
                .filter(ClaimFinding::blocks)
                .findFirst()
                .orElseThrow()
                .id();

        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> asUser("coder", () -> gate.override(id, error, blank)))
                    .isInstanceOfSatisfying(
                            Refused.class, r -> assertThat(r.code()).isEqualTo("REASON_REQUIRED"));
        }
        assertThatThrownBy(() -> asUser("biller", () -> gate.override(id, error, "looks fine to me")))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("OVERRIDE_NOT_YOUR_ROLE"));
        assertThat(statusInDatabase(id)).isEqualTo("DRAFT");
        assertThat(asSystem(() -> gate.findings(id)))
                .filteredOn(f -> f.id().equals(error))
                .singleElement()
                .matches(ClaimFinding::blocks);

        ScrubOutcome released = asUser("coder", () -> gate.override(id, error, " payer accepts the category here "));

        assertThat(released.status()).isEqualTo(ClaimStatus.READY);
        assertThat(statusInDatabase(id)).isEqualTo("READY");
        UUID coder = jdbc.sql("select id from app_user where username = 'coder'")
                .query(UUID.class)
                .single();
        ClaimFinding overridden = released.findings().stream()
                .filter(f -> f.id().equals(error))
                .findFirst()
                .orElseThrow();
        assertThat(overridden.blocks()).isFalse();
        assertThat(overridden.override().by()).isEqualTo(coder.toString());
        assertThat(overridden.override().reason()).isEqualTo("payer accepts the category here");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                         where entity_type = 'CLAIM_FINDING' and entity_id = :id and actor_id = :coder
                           and detail like 'override %'""")
                        .param("id", error.toString())
                        .param("coder", coder)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThatThrownBy(() -> asUser("coder", () -> gate.override(id, error, "again")))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("NOT_DRAFT"));
    }

    @Test
    void aRescrubReplacesTheFindings() {
        ClaimContent withError = content("OAK", List.of("E11"), "99213", DOS);
        ClaimId id = asSystem(() -> claims.createDraft(withError));
        List<ClaimFinding> first = asSystem(() -> gate.scrub(id)).findings();
        assertThat(first).anyMatch(ClaimFinding::blocks);

        asSystem(() -> claims.revise(id, content("OAK", List.of("E11.9"), "99213", DOS)));
        ScrubOutcome second = asSystem(() -> gate.scrub(id));

        assertThat(second.status()).isEqualTo(ClaimStatus.READY);
        assertThat(asSystem(() -> gate.findings(id)))
                .isEqualTo(second.findings())
                .noneMatch(ClaimFinding::blocks)
                .noneMatch(f -> first.stream().anyMatch(old -> old.id().equals(f.id())));
        assertThatThrownBy(() -> asSystem(() -> gate.scrub(id)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("NOT_DRAFT"));
    }

    private ClaimId draft(String practice, List<String> diagnoses, String procedure, LocalDate dos) {
        ClaimContent content = content(practice, diagnoses, procedure, dos);
        return asSystem(() -> claims.createDraft(content));
    }

    private ClaimContent content(String practice, List<String> diagnoses, String procedure, LocalDate dos) {
        ClaimContent b = contentFor(practice);
        return new ClaimContent(
                b.practice(),
                b.patient(),
                null,
                b.payer(),
                b.coverage(),
                b.renderingProvider(),
                null,
                b.placeOfService(),
                diagnoses,
                List.of(new ServiceLine(procedure, List.of(), BigDecimal.ONE, Money.of("100.00"), List.of(1), dos)));
    }

    /** A claim of a new practice whose address has a five-digit ZIP (the 837P wants ZIP+4 for the biller). */
    private ClaimContent practiceWithoutZipPlusFour() {
        return asSystem(() -> {
            String code = "SG"
                    + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace("-", "0");
            Address address = new Address("12 Elm St", null, "Urbana", "IL", "61801");
            PracticeId practice = practices.createPractice(new NewPractice(
                    demo.practice("OAK").companyId(),
                    code,
                    "Elm Street Clinic",
                    Npi.withCheckDigit("155" + (100000 + (int) (Math.random() * 899999))),
                    "373456789",
                    "207Q00000X",
                    address));
            ProviderId provider = practices.addProvider(new NewProvider(
                    practice,
                    Npi.withCheckDigit("166" + (100000 + (int) (Math.random() * 899999))),
                    "Ada",
                    "Lovelace",
                    "MD",
                    "207Q00000X",
                    "Family Medicine"));
            PatientId patient = patients.register(new NewPatient(
                    practice,
                    "Testpatient",
                    "Gate",
                    null,
                    LocalDate.of(1970, 5, 1),
                    Sex.F,
                    new Address("3 Oak Ave", null, "Urbana", "IL", "61801"),
                    null,
                    null));
            PayerView payer = practices.payers().stream()
                    .filter(p -> p.kind() != org.openrcm.app.practice.PayerKind.MEDICARE)
                    .findFirst()
                    .orElseThrow();
            CoverageId coverage = patients.addCoverage(new NewCoverage(
                    patient,
                    payer.id(),
                    1,
                    "MEMBER123",
                    null,
                    Relationship.SELF,
                    null,
                    null,
                    null,
                    LocalDate.of(2025, 1, 1),
                    null));
            return new ClaimContent(
                    practice,
                    patient,
                    null,
                    payer.id(),
                    coverage,
                    provider,
                    null,
                    "11",
                    List.of("I10"),
                    List.of(new ServiceLine("99213", List.of(), BigDecimal.ONE, Money.of("90.00"), List.of(1), DOS)));
        });
    }
}
