package org.openrcm.app.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openrcm.app.kernel.BatchId;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.kernel.Refused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Claims on PostgreSQL: storage round trip, recorded transitions, follow-up claims, practice scoping. */
@RecordApplicationEvents
class ClaimsTest extends ClaimApplicationTest {
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

    @Autowired
    ClaimRepository repository;

    @Test
    void theSecondOfTwoConcurrentChangesIsRefused() {
        ClaimId id = asSystem(() -> claims.createDraft(contentFor("OAK")));
        var scope = current.runAsSystem("test", current::scope);
        Claim first = repository.find(scope, id).orElseThrow();
        Claim second = repository.find(scope, id).orElseThrow();
        first.markReady(new Stamp("user-a", Instant.now()));
        repository.update(first, false, Instant.now());
        second.cancel("not needed", new Stamp("user-b", Instant.now()));
        assertThatThrownBy(() -> repository.update(second, false, Instant.now()))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("CLAIM_CHANGED"));
        assertThat(statusInDatabase(id)).isEqualTo("READY");
        assertThat(asSystem(() -> claims.find(id)).orElseThrow().transitions())
                .extracting(ClaimTransition::by)
                .containsExactly("system:test", "user-a");
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
