package org.openrcm.app.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.kernel.BatchId;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.patient.CoverageView;
import org.openrcm.app.patient.PatientDetails;
import org.openrcm.app.patient.PatientSummary;
import org.openrcm.app.patient.Patients;
import org.openrcm.app.practice.Practices;
import org.openrcm.app.practice.ProviderView;
import org.openrcm.app.testing.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Claims on PostgreSQL: storage round trip, recorded transitions, follow-up claims, practice scoping. */
@RecordApplicationEvents
class ClaimsTest extends ApplicationTest {
    static final LocalDate DOS = LocalDate.of(2026, 2, 16);

    @Autowired
    Claims claims;

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

    <T> T asSystem(Supplier<T> work) {
        return current.runAsSystem("test", work);
    }

    <T> T asUser(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A claim for a demo patient of the practice with a coverage: three diagnoses, two lines. */
    ClaimContent contentFor(String practiceCode) {
        return asSystem(() -> {
            for (PatientSummary patient : demo.patientsOf(practiceCode)) {
                PatientDetails details = patients.find(patient.id()).orElseThrow();
                if (details.coverages().isEmpty()) {
                    continue;
                }
                CoverageView coverage = details.coverages().getFirst();
                ProviderView provider = practices.allProviders().stream()
                        .filter(p -> p.practiceId().equals(details.practice().id()))
                        .findFirst()
                        .orElseThrow();
                return new ClaimContent(
                        details.practice().id(),
                        patient.id(),
                        null,
                        coverage.payer().id(),
                        coverage.id(),
                        provider.id(),
                        null,
                        "11",
                        List.of("I10", "E11.65", "Z79.4"),
                        List.of(
                                new ServiceLine(
                                        "99214", List.of("25"), BigDecimal.ONE, Money.of("165.00"), List.of(3, 1), DOS),
                                new ServiceLine(
                                        "20610",
                                        List.of("RT", "59", "XU", "GT"),
                                        new BigDecimal("1.5"),
                                        Money.of("212.34"),
                                        List.of(2),
                                        DOS.plusDays(1))));
            }
            throw new IllegalStateException("no demo patient with a coverage in " + practiceCode);
        });
    }

    String statusInDatabase(ClaimId id) {
        return jdbc.sql("select status from claim where id = :id")
                .param("id", id.value())
                .query(String.class)
                .single();
    }

    @Test
    void aDraftComesBackAsItWasStored() {
        ClaimContent content = contentFor("OAK");
        ClaimId id = asSystem(() -> claims.createDraft(content));

        ClaimView view = asSystem(() -> claims.find(id)).orElseThrow();
        assertThat(view.content()).isEqualTo(content);
        assertThat(view.content().diagnoses()).containsExactly("I10", "E1165", "Z794");
        assertThat(view.content().lines().get(0).pointers()).containsExactly(3, 1);
        assertThat(view.content().lines().get(1).modifiers()).containsExactly("RT", "59", "XU", "GT");
        assertThat(view.content().lines().get(1).units()).isEqualByComparingTo("1.5");
        assertThat(view.totalCharge()).isEqualTo(Money.of("377.34"));
        assertThat(view.status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(view.frequency()).isEqualTo(ClaimFrequency.ORIGINAL);
        assertThat(view.originalClaim()).isNull();
        assertThat(jdbc.sql("select total_charge from claim where id = :id")
                        .param("id", id.value())
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("377.34");
    }

    @Test
    void everyTransitionIsStoredWithWhoAndWhen() {
        ClaimContent content = contentFor("OAK");
        Instant before = Instant.now();
        ClaimId id = asUser("coder", () -> claims.createDraft(content));
        asUser("coder", () -> claims.markReady(id));
        asSystem(() -> claims.batch(id, BatchId.random()));
        ClaimView submitted = asSystem(() -> claims.submit(id));
        Instant after = Instant.now();

        UUID coder = jdbc.sql("select id from app_user where username = 'coder'")
                .query(UUID.class)
                .single();
        assertThat(submitted.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(asSystem(() -> claims.find(id)).orElseThrow().transitions())
                .extracting(t -> t.step() + " " + t.from() + ">" + t.to() + " " + t.action() + " " + t.by())
                .containsExactly(
                        "1 null>DRAFT CREATE " + coder,
                        "2 DRAFT>READY MARK_READY " + coder,
                        "3 READY>BATCHED BATCH system:test",
                        "4 BATCHED>SUBMITTED SUBMIT system:test");
        List<Instant> times = jdbc.sql("select changed_at from claim_transition where claim_id = :id order by step")
                .param("id", id.value())
                .query((rs, n) ->
                        rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
                .list();
        assertThat(times).hasSize(4).isSorted().allSatisfy(t -> assertThat(t).isBetween(before, after));
        assertThat(statusInDatabase(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void eachTransitionIsPublishedAsAnEvent(ApplicationEvents events) {
        ClaimId id = asSystem(() -> claims.createDraft(contentFor("OAK")));
        asSystem(() -> claims.markReady(id));
        assertThatThrownBy(() -> asSystem(() -> claims.pay(id))).isInstanceOf(Refused.class);
        assertThat(events.stream(ClaimMoved.class).filter(e -> e.claim().equals(id)))
                .extracting(e -> e.from() + ">" + e.to() + " " + e.action())
                .containsExactly("null>DRAFT CREATE", "DRAFT>READY MARK_READY");
    }

    @Test
    void aRefusedTransitionChangesNothing() {
        ClaimId id = asSystem(() -> claims.createDraft(contentFor("OAK")));
        assertThatThrownBy(() -> asSystem(() -> claims.submit(id)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("TRANSITION_REFUSED"))
                .hasMessage("A claim that is draft cannot submit; only a claim that is batched can.");
        assertThatThrownBy(() -> asSystem(() -> claims.cancel(id, " ")))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("REASON_REQUIRED"));
        assertThat(statusInDatabase(id)).isEqualTo("DRAFT");
        assertThat(asSystem(() -> claims.find(id)).orElseThrow().transitions()).hasSize(1);

        assertThat(asSystem(() -> claims.cancel(id, "duplicate of another claim"))
                        .status())
                .isEqualTo(ClaimStatus.CANCELLED);
        assertThat(statusInDatabase(id)).isEqualTo("CANCELLED");
    }

    @Test
    void correctedAndVoidClaimsReferenceTheOriginal() {
        ClaimContent content = contentFor("OAK");
        ClaimId original = asSystem(() -> {
            ClaimId id = claims.createDraft(content);
            claims.markReady(id);
            claims.batch(id, BatchId.random());
            claims.submit(id);
            assertThatThrownBy(() -> claims.correct(id, "too early"))
                    .isInstanceOfSatisfying(
                            Refused.class, r -> assertThat(r.code()).isEqualTo("ORIGINAL_NOT_WITH_PAYER"));
            claims.acknowledge(id, "26047000123");
            claims.adjudicate(id, null);
            claims.pay(id);
            return id;
        });

        ClaimId corrected = asSystem(() -> claims.correct(original, "wrong modifier on line 2"));
        ClaimView view = asSystem(() -> claims.find(corrected)).orElseThrow();
        assertThat(view.frequency()).isEqualTo(ClaimFrequency.CORRECTED);
        assertThat(view.originalClaim()).isEqualTo(original);
        assertThat(view.status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(view.content()).isEqualTo(content);
        assertThat(view.transitions().getFirst().reason()).isEqualTo("wrong modifier on line 2");
        assertThat(asSystem(() -> claims.find(original)).orElseThrow().status()).isEqualTo(ClaimStatus.PAID);

        assertThatThrownBy(() -> asSystem(() -> claims.voidClaim(original, "billed in error")))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("ALREADY_FOLLOWED_UP"));
        asSystem(() -> claims.cancel(corrected, "the payer wants a void instead"));
        ClaimId voiding = asSystem(() -> claims.voidClaim(original, "billed in error"));
        assertThat(jdbc.sql("select frequency || ' ' || original_claim_id from claim where id = :id")
                        .param("id", voiding.value())
                        .query(String.class)
                        .single())
                .isEqualTo("8 " + original);
        assertThatThrownBy(() -> asSystem(() -> claims.revise(voiding, content)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("VOID_CLAIM_FIXED"));
    }

    @Test
    void aDraftIsRevisedAndListedByStatus() {
        ClaimContent content = contentFor("OAK");
        ClaimId id = asSystem(() -> claims.createDraft(content));
        ClaimContent revised = new ClaimContent(
                content.practice(),
                content.patient(),
                null,
                content.payer(),
                content.coverage(),
                content.renderingProvider(),
                null,
                "02",
                List.of("J06.9"),
                List.of(new ServiceLine("99213", List.of("95"), BigDecimal.ONE, Money.of("98.76"), List.of(1), DOS)));
        ClaimView view = asSystem(() -> claims.revise(id, revised));
        assertThat(asSystem(() -> claims.find(id)).orElseThrow().content()).isEqualTo(revised);
        assertThat(view.totalCharge()).hasToString("98.76");

        assertThat(asSystem(() -> claims.inStatus(content.practice(), ClaimStatus.DRAFT)))
                .extracting(ClaimSummary::id)
                .contains(id);
        asSystem(() -> claims.markReady(id));
        assertThat(asSystem(() -> claims.inStatus(content.practice(), ClaimStatus.DRAFT)))
                .extracting(ClaimSummary::id)
                .doesNotContain(id);
        assertThat(asSystem(() -> claims.inStatus(content.practice(), ClaimStatus.READY)))
                .filteredOn(s -> s.id().equals(id))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.totalCharge()).isEqualTo(Money.of("98.76"));
                    assertThat(s.firstServiceDate()).isEqualTo(DOS);
                });
    }

    @Test
    void aUserSeesAndMovesOnlyClaimsOfTheirPractices() {
        ClaimContent riverside = contentFor("RIV");
        ClaimId id = asSystem(() -> claims.createDraft(riverside));

        assertThat(asUser("coder", () -> claims.find(id))).isEmpty();
        assertThatThrownBy(() -> asUser("coder", () -> claims.markReady(id)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("NOT_FOUND"));
        assertThat(asUser("coder", () -> claims.inStatus(riverside.practice(), ClaimStatus.DRAFT)))
                .isEmpty();
        assertThatThrownBy(() -> asUser("coder", () -> claims.createDraft(riverside)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("NOT_FOUND"));
        assertThat(asUser("biller", () -> claims.find(id))).isPresent();
        assertThat(statusInDatabase(id)).isEqualTo("DRAFT");
    }

    @Test
    void theCoverageMustBeThePatientsWithTheClaimsPayer() {
        ClaimContent oak = contentFor("OAK");
        ClaimContent riv = contentFor("RIV");
        ClaimContent foreignCoverage = new ClaimContent(
                oak.practice(),
                oak.patient(),
                null,
                riv.payer(),
                riv.coverage(),
                oak.renderingProvider(),
                null,
                "11",
                oak.diagnoses(),
                oak.lines());
        assertThatThrownBy(() -> asSystem(() -> claims.createDraft(foreignCoverage)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("COVERAGE_NOT_OF_PATIENT"));
        ClaimContent foreignProvider = new ClaimContent(
                oak.practice(),
                oak.patient(),
                null,
                oak.payer(),
                oak.coverage(),
                riv.renderingProvider(),
                null,
                "11",
                oak.diagnoses(),
                oak.lines());
        assertThatThrownBy(() -> asSystem(() -> claims.createDraft(foreignProvider)))
                .isInstanceOfSatisfying(
                        Refused.class, r -> assertThat(r.code()).isEqualTo("PROVIDER_OF_OTHER_PRACTICE"));
    }
}
