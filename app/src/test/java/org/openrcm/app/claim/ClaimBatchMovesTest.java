package org.openrcm.app.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openrcm.app.kernel.BatchId;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.Refused;

/** Moving the claims of a batch together: all or none, each with its own recorded transition. */
class ClaimBatchMovesTest extends ClaimApplicationTest {

    List<ClaimId> readyClaims(int count) {
        ClaimContent content = contentFor("OAK");
        return asSystem(() -> IntStream.range(0, count)
                .mapToObj(i -> {
                    ClaimId id = claims.createDraft(content);
                    claims.markReady(id);
                    return id;
                })
                .toList());
    }

    List<String> rows(List<ClaimId> ids) {
        return ids.stream()
                .map(id -> jdbc.sql("select status || ' ' || coalesce(cast(batch_id as varchar(36)), '-') from claim"
                                + " where id = :id")
                        .param("id", id.value())
                        .query(String.class)
                        .single())
                .toList();
    }

    @Test
    void aBatchIsFilledSentAndEveryClaimKeepsItsHistory() {
        List<ClaimId> ids = readyClaims(3);
        BatchId batch = BatchId.random();

        assertThat(asSystem(() -> claims.batchAll(ids, batch))).isEqualTo(3);
        assertThat(rows(ids)).containsOnly("BATCHED " + batch);
        assertThat(asUser("biller", () -> claims.submitBatch(batch))).isEqualTo(3);
        assertThat(rows(ids)).containsOnly("SUBMITTED " + batch);

        UUID biller = jdbc.sql("select id from app_user where username = 'biller'")
                .query(UUID.class)
                .single();
        for (ClaimId id : ids) {
            ClaimView view = asSystem(() -> claims.find(id)).orElseThrow();
            assertThat(view.batch()).isEqualTo(batch);
            assertThat(view.transitions())
                    .extracting(t -> t.step() + " " + t.from() + ">" + t.to() + " " + t.by())
                    .containsExactly(
                            "1 null>DRAFT system:test",
                            "2 DRAFT>READY system:test",
                            "3 READY>BATCHED system:test",
                            "4 BATCHED>SUBMITTED " + biller);
        }
        // the claims move on one by one afterwards: the version was kept in step
        assertThat(asSystem(() -> claims.acknowledge(ids.getFirst(), "ICN-5")).status())
                .isEqualTo(ClaimStatus.ACKNOWLEDGED);
    }

    @Test
    void oneClaimNotReadyKeepsTheWholeBatchOut() {
        List<ClaimId> ready = readyClaims(2);
        ClaimId draft = asSystem(() -> claims.createDraft(contentFor("OAK")));
        List<ClaimId> all = List.of(ready.get(0), draft, ready.get(1));

        assertThatThrownBy(() -> asSystem(() -> claims.batchAll(all, BatchId.random())))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("TRANSITION_REFUSED"))
                .hasMessage("1 of the 3 claims cannot batch; only claims that are ready can. Nothing was changed.");
        assertThat(rows(all)).containsExactly("READY -", "DRAFT -", "READY -");
        assertThat(asSystem(() -> claims.find(draft)).orElseThrow().transitions())
                .hasSize(1);

        assertThatThrownBy(() ->
                        asSystem(() -> claims.batchAll(List.of(ready.get(0), ClaimId.random()), BatchId.random())))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("NOT_FOUND"));
        assertThat(rows(ready)).containsOnly("READY -");
    }

    @Test
    void aDiscardedBatchPutsItsClaimsBackWithTheReason() {
        List<ClaimId> ids = readyClaims(2);
        BatchId batch = BatchId.random();
        asSystem(() -> claims.batchAll(ids, batch));

        assertThatThrownBy(() -> asSystem(() -> claims.discardBatch(batch, "")))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("REASON_REQUIRED"));
        assertThat(asSystem(() -> claims.discardBatch(batch, "receiver id was wrong")))
                .isEqualTo(2);
        assertThat(rows(ids)).containsOnly("READY -");
        assertThat(asSystem(() -> claims.find(ids.getFirst()))
                        .orElseThrow()
                        .transitions()
                        .getLast())
                .satisfies(t -> {
                    assertThat(t.action()).isEqualTo(ClaimAction.UNBATCH);
                    assertThat(t.reason()).isEqualTo("receiver id was wrong");
                });
        assertThatThrownBy(() -> asSystem(() -> claims.submitBatch(batch)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("NOT_FOUND"));
    }

    @Test
    void aUserMovesNoBatchOfAPracticeTheyDoNotSee() {
        ClaimContent riverside = contentFor("RIV");
        ClaimId id = asSystem(() -> {
            ClaimId created = claims.createDraft(riverside);
            claims.markReady(created);
            return created;
        });
        assertThatThrownBy(() -> asUser("coder", () -> claims.batchAll(List.of(id), BatchId.random())))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("NOT_FOUND"));
        assertThat(rows(List.of(id))).containsExactly("READY -");
    }
}
