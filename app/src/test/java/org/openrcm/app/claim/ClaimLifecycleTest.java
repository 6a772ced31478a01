package org.openrcm.app.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openrcm.app.claim.ClaimFixture.by;
import static org.openrcm.app.claim.ClaimFixture.inStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openrcm.app.kernel.BatchId;
import org.openrcm.app.kernel.Refused;

/**
 * Every (state, action) pair of the claim lifecycle, asserted allowed or refused against a table written out here
 * on its own (not read from {@link ClaimAction}), so a change to the lifecycle has to change both.
 */
class ClaimLifecycleTest {
    /** from, action, to: the allowed moves, as docs/claim-lifecycle.md lists them. */
    static final String ALLOWED = """
            DRAFT MARK_READY READY
            DRAFT CANCEL CANCELLED
            READY REOPEN DRAFT
            READY BATCH BATCHED
            READY CANCEL CANCELLED
            BATCHED UNBATCH READY
            BATCHED SUBMIT SUBMITTED
            SUBMITTED ACKNOWLEDGE ACKNOWLEDGED
            SUBMITTED REJECT REJECTED
            REJECTED REOPEN DRAFT
            REJECTED CLOSE CLOSED
            ACKNOWLEDGED ADJUDICATE ADJUDICATED
            ADJUDICATED PAY PAID
            ADJUDICATED DENY DENIED
            ADJUDICATED PAY_PARTIALLY PARTIAL
            PAID READJUDICATE ADJUDICATED
            DENIED READJUDICATE ADJUDICATED
            PARTIAL READJUDICATE ADJUDICATED
            PAID CLOSE CLOSED
            DENIED CLOSE CLOSED
            PARTIAL CLOSE CLOSED
            """;

    static Map<String, ClaimStatus> allowed() {
        return ALLOWED.lines()
                .map(l -> l.strip().split(" "))
                .collect(Collectors.toMap(p -> p[0] + " " + p[1], p -> ClaimStatus.valueOf(p[2])));
    }

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (ClaimStatus from : ClaimStatus.values()) {
            for (ClaimAction action : ClaimAction.values()) {
                if (action != ClaimAction.CREATE) {
                    pairs.add(Arguments.of(from, action));
                }
            }
        }
        return pairs.stream();
    }

    /** Calls the intention-revealing method of each action, with a reason and a batch where it takes them. */
    static void act(Claim claim, ClaimAction action, Stamp stamp) {
        String reason = "payer asked for it";
        switch (action) {
            case CREATE -> throw new IllegalArgumentException("not a move");
            case MARK_READY -> claim.markReady(stamp);
            case REOPEN -> claim.reopen(reason, stamp);
            case BATCH -> claim.batch(BatchId.random(), stamp);
            case UNBATCH -> claim.unbatch(reason, stamp);
            case SUBMIT -> claim.submit(stamp);
            case ACKNOWLEDGE -> claim.acknowledge("ICN-77", stamp);
            case REJECT -> claim.reject(reason, stamp);
            case ADJUDICATE -> claim.adjudicate("ICN-77", stamp);
            case PAY -> claim.pay(stamp);
            case DENY -> claim.deny(reason, stamp);
            case PAY_PARTIALLY -> claim.payPartially(stamp);
            case READJUDICATE -> claim.readjudicate(reason, stamp);
            case CLOSE -> claim.close(reason, stamp);
            case CANCEL -> claim.cancel(reason, stamp);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyPair")
    void everyMoveIsAllowedOrRefusedAsTheTableSays(ClaimStatus from, ClaimAction action) {
        Claim claim = inStatus(from);
        ClaimStatus expected = allowed().get(from + " " + action);
        if (expected != null) {
            act(claim, action, by("user-1", 5));
            assertThat(claim.status()).isEqualTo(expected);
            assertThat(claim.newTransitions()).singleElement().satisfies(t -> {
                assertThat(t.from()).isEqualTo(from);
                assertThat(t.to()).isEqualTo(expected);
                assertThat(t.action()).isEqualTo(action);
                assertThat(t.by()).isEqualTo("user-1");
                assertThat(t.at()).isEqualTo(ClaimFixture.T0.plusSeconds(300));
            });
        } else {
            assertThatThrownBy(() -> act(claim, action, by("user-1", 5)))
                    .isInstanceOfSatisfying(Refused.class, r -> {
                        assertThat(r.code()).isEqualTo("TRANSITION_REFUSED");
                        assertThat(r.httpStatus()).isEqualTo(409);
                    })
                    .hasMessageStartingWith("A claim that is " + from.name().toLowerCase() + " cannot ");
            assertThat(claim.status()).isEqualTo(from);
            assertThat(claim.newTransitions()).isEmpty();
        }
    }

    @Test
    void theTableCoversEveryStateAndOnlyTerminalStatesAreDeadEnds() {
        assertThat(allowed()).hasSize(21);
        List<ClaimStatus> deadEnds = Arrays.stream(ClaimStatus.values())
                .filter(s -> Arrays.stream(ClaimAction.values()).noneMatch(a -> a.allowedFrom(s)))
                .toList();
        assertThat(deadEnds).containsExactlyInAnyOrder(ClaimStatus.CLOSED, ClaimStatus.CANCELLED);
    }

    @Test
    void aRefusalNamesTheStatesThatWouldAllowIt() {
        assertThatThrownBy(() -> inStatus(ClaimStatus.SUBMITTED).close("done", by("u", 1)))
                .hasMessage(
                        "A claim that is submitted cannot close; only a claim that is rejected, paid, denied or partial can.");
    }

    @Test
    void leavingTheHappyPathNeedsAReason() {
        for (ClaimAction action : List.of(
                ClaimAction.REOPEN,
                ClaimAction.UNBATCH,
                ClaimAction.REJECT,
                ClaimAction.DENY,
                ClaimAction.READJUDICATE,
                ClaimAction.CANCEL)) {
            ClaimStatus from = action.from().iterator().next();
            Claim claim = inStatus(from);
            assertThatThrownBy(() -> claim.perform(action, "  ", by("u", 1)))
                    .as(action.name())
                    .isInstanceOfSatisfying(
                            Refused.class, r -> assertThat(r.code()).isEqualTo("REASON_REQUIRED"));
            assertThat(claim.status()).isEqualTo(from);
        }
        Claim paid = inStatus(ClaimStatus.PAID);
        paid.close(null, by("u", 1));
        assertThat(paid.status()).isEqualTo(ClaimStatus.CLOSED);
        assertThat(paid.newTransitions().getFirst().reason()).isNull();
    }

    @Test
    void aWholeLifeIsRecordedInOrderWithWhoAndWhen() {
        Claim claim = Claim.draft(org.openrcm.app.kernel.ClaimId.random(), ClaimFixture.content(), by("coder", 0));
        BatchId batch = BatchId.random();
        claim.markReady(by("coder", 1));
        claim.batch(batch, by("system:batch", 2));
        assertThat(claim.batchId()).isEqualTo(batch);
        claim.submit(by("system:batch", 3));
        claim.acknowledge("ICN-1", by("system:277ca", 4));
        claim.adjudicate(null, by("system:835", 5));
        claim.payPartially(by("system:835", 6));
        claim.close("balance to secondary", by("biller", 7));

        assertThat(claim.status()).isEqualTo(ClaimStatus.CLOSED);
        assertThat(claim.payerClaimNumber()).isEqualTo("ICN-1");
        assertThat(claim.acceptedAt()).isEqualTo(ClaimFixture.T0.plusSeconds(240));
        assertThat(claim.newTransitions())
                .extracting(t -> t.step() + " " + t.from() + ">" + t.to() + " " + t.by() + " " + t.reason())
                .containsExactly(
                        "1 null>DRAFT coder null",
                        "2 DRAFT>READY coder null",
                        "3 READY>BATCHED system:batch null",
                        "4 BATCHED>SUBMITTED system:batch null",
                        "5 SUBMITTED>ACKNOWLEDGED system:277ca null",
                        "6 ACKNOWLEDGED>ADJUDICATED system:835 null",
                        "7 ADJUDICATED>PARTIAL system:835 null",
                        "8 PARTIAL>CLOSED biller balance to secondary");
        assertThat(claim.newTransitions()).extracting(ClaimTransition::at).isSorted();
    }

    @Test
    void unbatchingForgetsTheBatch() {
        Claim claim = inStatus(ClaimStatus.BATCHED);
        claim.unbatch("file never sent", by("biller", 1));
        assertThat(claim.batchId()).isNull();
        assertThat(claim.status()).isEqualTo(ClaimStatus.READY);
    }
}
