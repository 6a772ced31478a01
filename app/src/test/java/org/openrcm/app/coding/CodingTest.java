package org.openrcm.app.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openrcm.app.claim.ClaimFinding;
import org.openrcm.app.claim.ClaimStatus;
import org.openrcm.app.claim.ClaimView;
import org.openrcm.app.claim.Claims;
import org.openrcm.app.claim.ServiceLine;
import org.openrcm.app.encounter.EncounterStatus;
import org.openrcm.app.encounter.Encounters;
import org.openrcm.app.encounter.NewEncounter;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.identity.Role;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.kernel.PayerId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.patient.PatientDetails;
import org.openrcm.app.patient.PatientSummary;
import org.openrcm.app.patient.Patients;
import org.openrcm.app.practice.FeeSchedules;
import org.openrcm.app.practice.FlatPrice;
import org.openrcm.app.practice.LocationView;
import org.openrcm.app.practice.Practices;
import org.openrcm.app.practice.ProviderView;
import org.openrcm.app.testing.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Coding a demo encounter on PostgreSQL and finishing it into a claim: priced from a flat fee schedule, scrubbed,
 * held for the coder on a coding error, refused with nothing created when a line cannot be priced, and the shapes
 * the coder may not save. OAK gets a flat price list for its patients' payer; RIV has no fee schedule.
 */
class CodingTest extends ApplicationTest {
    static final LocalDate DOS = LocalDate.of(2026, 2, 16);

    @Autowired
    Coding coding;

    @Autowired
    Encounters encounters;

    @Autowired
    Claims claims;

    @Autowired
    FeeSchedules fees;

    @Autowired
    Patients patients;

    @Autowired
    Practices practices;

    @Autowired
    CurrentActor current;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCodedEncounterBecomesAReadyClaimPricedFromTheFlatSchedule() {
        EncounterId encounter = encounterWithFlatPrices();

        CodingView saved = asUser("coder", () -> coding.code(encounter, designExample("e119")));
        assertThat(saved.status()).isEqualTo(CodingStatus.IN_PROGRESS);
        assertThat(saved.coding().diagnoses()).containsExactly("E11.9", "I10");
        CodingOutcome outcome = asUser("coder", () -> coding.finish(encounter));

        assertThat(outcome.status()).isEqualTo(ClaimStatus.READY);
        assertThat(outcome.findings()).noneMatch(ClaimFinding::blocks);
        assertThat(outcome.lines())
                .extracting(LineCharge::charge)
                .containsExactly(Money.of("165.00"), Money.of("240.00"));
        assertThat(outcome.lines().get(0).source()).contains("flat price list").contains("99214-25 = 165.00");
        assertThat(outcome.lines().get(1).source()).contains("20610 = 120.00 × 2 units = 240.00");
        ClaimView claim = asSystem(() -> claims.find(outcome.claim())).orElseThrow();
        assertThat(claim.status()).isEqualTo(ClaimStatus.READY);
        assertThat(claim.content().encounter()).isEqualTo(encounter);
        assertThat(claim.content().diagnoses()).containsExactly("E119", "I10");
        assertThat(claim.content().lines())
                .extracting(ServiceLine::charge)
                .containsExactly(Money.of("165.00"), Money.of("240.00"));
        assertThat(claim.content().lines().get(0).pointers()).containsExactly(1, 2);
        assertThat(claim.content().lines().get(0).modifiers()).containsExactly("25");
        assertThat(claim.content().lines().get(1).serviceDate()).isEqualTo(DOS.plusDays(1));
        assertThat(claim.content().lines().get(0).serviceDate()).isEqualTo(DOS);
        assertThat(claim.content().totalCharge()).isEqualTo(Money.of("405.00"));
        CodingView done = asUser("coder", () -> coding.view(encounter)).orElseThrow();
        assertThat(done.status()).isEqualTo(CodingStatus.DONE);
        assertThat(done.claim()).isEqualTo(outcome.claim());
        assertThat(done.coder()).isNotNull();
        assertThat(encounterStatus(encounter)).isEqualTo(EncounterStatus.BILLED.name());
    }

    @Test
    void aCodingErrorLeavesADraftClaimWithTheFindingForTheCoder() {
        EncounterId encounter = encounterWithFlatPrices();
        asUser("coder", () -> coding.code(encounter, designExample("E11")));

        CodingOutcome outcome = asUser("coder", () -> coding.finish(encounter));

        assertThat(outcome.status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(outcome.coderFindings())
                .filteredOn(ClaimFinding::blocks)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.route()).isEqualTo(Role.CODER))
                .anySatisfy(f -> {
                    assertThat(f.rule()).startsWith("CODE_");
                    assertThat(f.codes()).contains("E11");
                });
        assertThat(claimStatus(outcome.claim().value())).isEqualTo("DRAFT");
        assertThat(encounterStatus(encounter)).isEqualTo(EncounterStatus.CODED.name());
        assertThat(asUser("coder", () -> coding.view(encounter)).orElseThrow().status())
                .isEqualTo(CodingStatus.DONE);
    }

    @Test
    void withoutAFeeScheduleFinishingIsRefusedAndNothingIsCreated() {
        EncounterId encounter = newEncounter("RIV");
        asSystem(() -> coding.code(encounter, designExample("E11.9")));

        assertThatThrownBy(() -> asSystem(() -> coding.finish(encounter))).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.code()).isEqualTo("FEE_SCHEDULE_MISSING");
            assertThat(r.getMessage()).startsWith("Line 1 (99214) cannot be priced:");
        });

        assertThat(claimsOf(encounter)).isZero();
        assertThat(asSystem(() -> coding.view(encounter)).orElseThrow().status())
                .isEqualTo(CodingStatus.IN_PROGRESS);
        assertThat(encounterStatus(encounter)).isEqualTo(EncounterStatus.AWAITING_CODING.name());
    }

    @Test
    void aLineWithoutAPriceIsNamedAndNothingIsCreated() {
        EncounterId encounter = encounterWithFlatPrices();
        asSystem(() -> coding.code(
                encounter,
                new EncounterCoding(
                        List.of("I10"),
                        List.of(
                                new CodedLine("99214", List.of(), BigDecimal.ONE, List.of(1), null),
                                new CodedLine("93000", List.of(), BigDecimal.ONE, List.of(1), null)))));

        assertThatThrownBy(() -> asSystem(() -> coding.finish(encounter))).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.code()).isEqualTo("PRICE_MISSING");
            assertThat(r.getMessage()).startsWith("Line 2 (93000) cannot be priced:");
        });
        assertThat(claimsOf(encounter)).isZero();
    }

    @Test
    void finishingTwiceIsRefusedUntilTheClaimIsCancelled() {
        EncounterId encounter = encounterWithFlatPrices();
        asUser("coder", () -> coding.code(encounter, designExample("E11.9")));
        CodingOutcome first = asUser("coder", () -> coding.finish(encounter));

        assertRefused(() -> asUser("coder", () -> coding.finish(encounter)), "ALREADY_FINISHED");
        assertRefused(() -> asUser("coder", () -> coding.code(encounter, designExample("E11.9"))), "CODING_FINISHED");
        assertThat(claimsOf(encounter)).isEqualTo(1);

        asSystem(() -> claims.cancel(first.claim(), "coded against the wrong visit"));
        CodingOutcome second = asUser("coder", () -> coding.finish(encounter));

        assertThat(second.claim()).isNotEqualTo(first.claim());
        assertThat(second.status()).isEqualTo(ClaimStatus.READY);
        assertThat(claimsOf(encounter)).isEqualTo(2);
    }

    @Test
    void theCoderShapesThatCannotBeSavedAreRefusedByName() {
        CodedLine line = new CodedLine("99213", List.of(), BigDecimal.ONE, List.of(1), null);
        List<String> thirteen = List.of(
                "I10", "E11.9", "Z79.4", "E78.5", "J45.909", "M54.50", "R51.9", "K21.9", "F41.1", "G47.00", "N39.0",
                "L40.0", "H52.4");
        assertRefused(() -> new EncounterCoding(thirteen, List.of(line)), "TOO_MANY_DIAGNOSES");
        assertRefused(
                () -> new EncounterCoding(
                        List.of("I10", "E11.9"),
                        List.of(new CodedLine("99213", List.of(), BigDecimal.ONE, List.of(1, 3), null))),
                "POINTER_BEYOND_DIAGNOSES");
        assertRefused(
                () -> new CodedLine("20610", List.of("RT", "59", "XU", "GT", "76"), BigDecimal.ONE, List.of(1), null),
                "TOO_MANY_MODIFIERS");
        assertRefused(() -> new CodedLine("99213", List.of(), BigDecimal.ZERO, List.of(1), null), "UNITS_INVALID");
        assertRefused(() -> new CodedLine("99213", List.of(), new BigDecimal("-1"), List.of(1), null), "UNITS_INVALID");
        assertRefused(() -> new EncounterCoding(List.of("11.9"), List.of()), "DIAGNOSIS_SHAPE");
        // the limits themselves are allowed: twelve diagnoses, four modifiers, a fraction of a unit
        assertThat(new EncounterCoding(
                                thirteen.subList(0, 12),
                                List.of(new CodedLine(
                                        "20610",
                                        List.of("rt", "59", "XU", "GT"),
                                        new BigDecimal("0.5"),
                                        List.of(12),
                                        null)))
                        .diagnoses())
                .hasSize(12)
                .contains("E11.9", "M54.50");
    }

    @Test
    void anEncounterOutsideTheCodersPracticesIsNotFound() {
        EncounterId encounter = newEncounter("RIV");

        assertRefused(() -> asUser("coder", () -> coding.code(encounter, designExample("E11.9"))), "NOT_FOUND");
        assertRefused(() -> asUser("coder", () -> coding.finish(encounter)), "NOT_FOUND");
        assertThat(asUser("coder", () -> coding.view(encounter))).isEmpty();
    }

    @Test
    void savingAgainReplacesTheCodesSavedBefore() {
        EncounterId encounter = encounterWithFlatPrices();
        asUser("coder", () -> coding.code(encounter, designExample("E11.9")));

        CodingView replaced = asUser(
                "coder",
                () -> coding.code(
                        encounter,
                        new EncounterCoding(
                                List.of("i10"),
                                List.of(new CodedLine("99214", List.of(), BigDecimal.ONE, List.of(1), null)))));

        assertThat(replaced.coding().diagnoses()).containsExactly("I10");
        assertThat(replaced.coding().lines()).singleElement().satisfies(l -> {
            assertThat(l.procedure()).isEqualTo("99214");
            assertThat(l.modifiers()).isEmpty();
            assertThat(l.serviceDate()).isNull();
        });
        assertThat(asUser("coder", () -> coding.view(encounter)).orElseThrow().coding())
                .isEqualTo(replaced.coding());
    }

    @Test
    void finishingAnEncounterNobodyCodedIsRefused() {
        EncounterId encounter = encounterWithFlatPrices();

        assertRefused(() -> asUser("coder", () -> coding.finish(encounter)), "NOT_CODED");
        assertThat(claimsOf(encounter)).isZero();
    }

    /** DESIGN's example with {@code header} as the first diagnosis: 99214-25 to both, 20610-RT × 2 the next day. */
    static EncounterCoding designExample(String header) {
        return new EncounterCoding(
                List.of(header, "I10"),
                List.of(
                        new CodedLine("99214", List.of("25"), BigDecimal.ONE, List.of(1, 2), null),
                        new CodedLine("20610", List.of("RT"), new BigDecimal("2"), List.of(1), DOS.plusDays(1))));
    }

    /** A new encounter of an OAK patient, whose payer has a flat price list at OAK. */
    EncounterId encounterWithFlatPrices() {
        EncounterId encounter = newEncounter("OAK");
        asSystem(() -> {
            PracticeId oak = demo.practice("OAK").id();
            PayerId payer = encounters
                    .facts(encounter)
                    .flatMap(e -> patients.find(e.patientId()))
                    .orElseThrow()
                    .coverages()
                    .getFirst()
                    .payer()
                    .id();
            fees.useFlatSchedule(oak, payer, "Oak test prices");
            fees.putFlatPrices(
                    oak,
                    payer,
                    List.of(
                            new FlatPrice("99214", "25", Money.of("165.00")),
                            new FlatPrice("99214", "", Money.of("150.00")),
                            new FlatPrice("20610", "", Money.of("120.00"))));
            return null;
        });
        return encounter;
    }

    /** A new encounter for a demo patient with a coverage, seen by a provider of the practice at one of its places. */
    EncounterId newEncounter(String practiceCode) {
        return asSystem(() -> {
            for (PatientSummary patient : demo.patientsOf(practiceCode)) {
                PatientDetails details = patients.find(patient.id()).orElseThrow();
                if (details.coverages().isEmpty()) {
                    continue;
                }
                PracticeId practice = details.practice().id();
                ProviderView provider = practices.allProviders().stream()
                        .filter(p -> p.practiceId().equals(practice))
                        .findFirst()
                        .orElseThrow();
                LocationView location = practices.locations().stream()
                        .filter(l -> l.practiceId().equals(practice)
                                && l.placeOfService().equals("11"))
                        .findFirst()
                        .orElseThrow();
                return encounters.create(
                        new NewEncounter(patient.id(), provider.id(), location.id(), DOS, "Follow-up"));
            }
            throw new IllegalStateException("no demo patient with a coverage in " + practiceCode);
        });
    }

    int claimsOf(EncounterId encounter) {
        return jdbc.sql("select count(*) from claim where encounter_id = :id")
                .param("id", encounter.value())
                .query(Integer.class)
                .single();
    }

    String encounterStatus(EncounterId encounter) {
        return jdbc.sql("select status from encounter where id = :id")
                .param("id", encounter.value())
                .query(String.class)
                .single();
    }

    String claimStatus(java.util.UUID claim) {
        return jdbc.sql("select status from claim where id = :id")
                .param("id", claim)
                .query(String.class)
                .single();
    }

    static void assertRefused(Runnable call, String code) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo(code));
    }

    <T> T asSystem(Supplier<T> work) {
        return current.runAsSystem("test", work);
    }

    <T> T asUser(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        // loading a user counts as a sign-in attempt; acting as the user in a test is not one (ten lock the name)
        jdbc.sql("delete from sign_in_attempt where username = :username")
                .param("username", username)
                .update();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
