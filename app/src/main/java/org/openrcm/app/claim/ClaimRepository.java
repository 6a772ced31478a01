package org.openrcm.app.claim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.identity.AccessScope;
import org.openrcm.app.kernel.BatchId;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.CoverageId;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PayerId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.ProviderId;
import org.openrcm.app.kernel.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores claims with their diagnoses, lines and transitions. Every read takes the actor's {@link AccessScope}; an
 * update checks the version read, so two people moving the same claim at once cannot both win.
 */
@Repository
class ClaimRepository {
    private final JdbcClient jdbc;

    ClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Claim claim, Instant now) {
        ClaimContent c = claim.content();
        jdbc.sql("""
                        insert into claim (id, practice_id, patient_id, encounter_id, payer_id, coverage_id,
                                           rendering_provider_id, billing_provider_id, place_of_service, frequency,
                                           original_claim_id, status, total_charge, first_service_date, batch_id,
                                           payer_claim_number, accepted_at, version, created_at, updated_at)
                        values (:id, :practice, :patient, :encounter, :payer, :coverage, :rendering, :billing, :pos,
                                :frequency, :original, :status, :total, :firstDate, :batch, :payerNumber, :acceptedAt,
                                0, :now, :now)""")
                .param("id", claim.id().value())
                .param("practice", c.practice().value())
                .param("patient", c.patient().value())
                .param("encounter", c.encounter() == null ? null : c.encounter().value())
                .param("payer", c.payer().value())
                .param("coverage", c.coverage().value())
                .param("rendering", c.renderingProvider().value())
                .param(
                        "billing",
                        c.billingProvider() == null ? null : c.billingProvider().value())
                .param("pos", c.placeOfService())
                .param("frequency", claim.frequency().code())
                .param(
                        "original",
                        claim.original() == null ? null : claim.original().value())
                .param("status", claim.status().name())
                .param("total", c.totalCharge().amount())
                .param("firstDate", firstServiceDate(c))
                .param("batch", claim.batchId() == null ? null : claim.batchId().value())
                .param("payerNumber", claim.payerClaimNumber())
                .param("acceptedAt", utc(claim.acceptedAt()))
                .param("now", utc(now))
                .update();
        insertContent(claim.id(), c);
        insertTransitions(claim);
    }

    /** Stores the claim's new state and transitions; refuses when someone else changed it since it was read. */
    void update(Claim claim, boolean contentChanged, Instant now) {
        ClaimContent c = claim.content();
        int updated = jdbc.sql("""
                        update claim set status = :status, batch_id = :batch, payer_claim_number = :payerNumber,
                               accepted_at = :acceptedAt, encounter_id = :encounter, payer_id = :payer,
                               coverage_id = :coverage, rendering_provider_id = :rendering,
                               billing_provider_id = :billing, place_of_service = :pos, total_charge = :total,
                               first_service_date = :firstDate, version = version + 1, updated_at = :now
                         where id = :id and version = :version""")
                .param("status", claim.status().name())
                .param("batch", claim.batchId() == null ? null : claim.batchId().value())
                .param("payerNumber", claim.payerClaimNumber())
                .param("acceptedAt", utc(claim.acceptedAt()))
                .param("encounter", c.encounter() == null ? null : c.encounter().value())
                .param("payer", c.payer().value())
                .param("coverage", c.coverage().value())
                .param("rendering", c.renderingProvider().value())
                .param(
                        "billing",
                        c.billingProvider() == null ? null : c.billingProvider().value())
                .param("pos", c.placeOfService())
                .param("total", c.totalCharge().amount())
                .param("firstDate", firstServiceDate(c))
                .param("now", utc(now))
                .param("id", claim.id().value())
                .param("version", claim.version())
                .update();
        if (updated != 1) {
            throw Refused.conflict(
                    "CLAIM_CHANGED", "Someone else changed this claim meanwhile; reload it and try again.");
        }
        if (contentChanged) {
            // Only a draft's content changes, and a draft has not been billed: its lines are replaced, not kept.
            jdbc.sql("delete from claim_line where claim_id = :id")
                    .param("id", claim.id().value())
                    .update();
            jdbc.sql("delete from claim_diagnosis where claim_id = :id")
                    .param("id", claim.id().value())
                    .update();
            insertContent(claim.id(), c);
        }
        insertTransitions(claim);
    }

    Optional<Claim> find(AccessScope scope, ClaimId id) {
        Optional<Header> found = jdbc.sql("select * from claim where id = :id and practice_id in (:scope)")
                .param("id", id.value())
                .param("scope", scope.sqlValues())
                .query((rs, n) -> header(rs))
                .optional();
        return found.map(this::load);
    }

    /** A claim picked for a move of many at once, locked until the transaction ends. */
    record Picked(ClaimId id, PracticeId practice, ClaimStatus status) {}

    /** The claims among {@code ids} the actor may see, locked; chunked so any number of ids fits the driver. */
    List<Picked> lockAll(AccessScope scope, List<ClaimId> ids) {
        List<Picked> picked = new ArrayList<>();
        for (List<UUID> chunk : chunks(ids)) {
            picked.addAll(jdbc.sql("""
                            select id, practice_id, status from claim
                             where id in (:ids) and practice_id in (:scope) for update""")
                    .param("ids", chunk)
                    .param("scope", scope.sqlValues())
                    .query((rs, n) -> picked(rs))
                    .list());
        }
        return picked;
    }

    /** The claims of a batch the actor may see, locked. */
    List<Picked> lockBatch(AccessScope scope, BatchId batch) {
        return jdbc.sql("""
                        select id, practice_id, status from claim
                         where batch_id = :batch and practice_id in (:scope) for update""")
                .param("batch", batch.value())
                .param("scope", scope.sqlValues())
                .query((rs, n) -> picked(rs))
                .list();
    }

    /**
     * Moves many locked claims by one action in a few statements (batching thousands of claims must not cost a round
     * trip per claim): a transition row each, then the new status. BATCH sets {@code batch} on the claims, UNBATCH
     * clears it, other actions keep it.
     */
    void moveAll(List<ClaimId> ids, ClaimAction action, Stamp stamp, @Nullable String reason, BatchId batch) {
        boolean keepBatch = action != ClaimAction.BATCH && action != ClaimAction.UNBATCH;
        for (List<UUID> chunk : chunks(ids)) {
            jdbc.sql("""
                            insert into claim_transition (claim_id, practice_id, step, from_status, to_status, action,
                                                          changed_by, changed_at, reason)
                            select c.id, c.practice_id,
                                   (select max(t.step) from claim_transition t where t.claim_id = c.id) + 1,
                                   c.status, :to, :action, :by, :at, :reason
                              from claim c where c.id in (:ids)""")
                    .param("to", action.to().name())
                    .param("action", action.name())
                    .param("by", stamp.by())
                    .param("at", utc(stamp.at()))
                    .param("reason", reason)
                    .param("ids", chunk)
                    .update();
            String setBatch = keepBatch ? "" : ", batch_id = :batch";
            var update = jdbc.sql("update claim set status = :to, version = version + 1, updated_at = :at" + setBatch
                            + " where id in (:ids)")
                    .param("to", action.to().name())
                    .param("at", utc(stamp.at()))
                    .param("ids", chunk);
            if (!keepBatch) {
                update = update.param("batch", action == ClaimAction.BATCH ? batch.value() : null);
            }
            update.update();
        }
    }

    private static Picked picked(ResultSet rs) throws SQLException {
        return new Picked(
                new ClaimId(rs.getObject("id", UUID.class)),
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                ClaimStatus.valueOf(rs.getString("status")));
    }

    private static List<List<UUID>> chunks(List<ClaimId> ids) {
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + 1000)).stream()
                    .map(ClaimId::value)
                    .toList());
        }
        return chunks;
    }

    /** Holds the claim's row until the transaction ends, so two follow-ups of one claim cannot be made at once. */
    void lock(AccessScope scope, ClaimId id) {
        jdbc.sql("select id from claim where id = :id and practice_id in (:scope) for update")
                .param("id", id.value())
                .param("scope", scope.sqlValues())
                .query(UUID.class)
                .optional();
    }

    /** Claims of a practice in a status, oldest first (work lists). */
    List<ClaimSummary> inStatus(AccessScope scope, PracticeId practice, ClaimStatus status, int limit) {
        return jdbc.sql("""
                        select id, practice_id, patient_id, payer_id, frequency, original_claim_id, status,
                               total_charge, first_service_date, created_at
                          from claim
                         where practice_id = :practice and practice_id in (:scope) and status = :status
                         order by created_at, id
                         limit :limit""")
                .param("practice", practice.value())
                .param("scope", scope.sqlValues())
                .param("status", status.name())
                .param("limit", limit)
                .query((rs, n) -> new ClaimSummary(
                        new ClaimId(rs.getObject("id", UUID.class)),
                        new PracticeId(rs.getObject("practice_id", UUID.class)),
                        new PatientId(rs.getObject("patient_id", UUID.class)),
                        new PayerId(rs.getObject("payer_id", UUID.class)),
                        ClaimFrequency.ofCode(rs.getString("frequency")),
                        claimId(rs, "original_claim_id"),
                        ClaimStatus.valueOf(rs.getString("status")),
                        Money.of(rs.getBigDecimal("total_charge")),
                        rs.getObject("first_service_date", LocalDate.class),
                        instant(rs, "created_at")))
                .list();
    }

    /**
     * Whether a corrected or void claim already follows up {@code original} and still counts: one not cancelled,
     * and not abandoned after a rejection (closed without the payer ever accepting it).
     */
    boolean hasLiveFollowUp(ClaimId original) {
        return jdbc.sql("""
                        select count(*) from claim
                         where original_claim_id = :original and status <> 'CANCELLED'
                           and not (status = 'CLOSED' and accepted_at is null)""")
                        .param("original", original.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private record Header(
            ClaimId id,
            PracticeId practice,
            PatientId patient,
            @Nullable EncounterId encounter,
            PayerId payer,
            CoverageId coverage,
            ProviderId rendering,
            @Nullable ProviderId billing,
            String placeOfService,
            ClaimFrequency frequency,
            @Nullable ClaimId original,
            ClaimStatus status,
            @Nullable BatchId batch,
            @Nullable String payerClaimNumber,
            @Nullable Instant acceptedAt,
            int version,
            Instant createdAt) {}

    private static Header header(ResultSet rs) throws SQLException {
        UUID encounter = rs.getObject("encounter_id", UUID.class);
        UUID billing = rs.getObject("billing_provider_id", UUID.class);
        UUID batch = rs.getObject("batch_id", UUID.class);
        return new Header(
                new ClaimId(rs.getObject("id", UUID.class)),
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                new PatientId(rs.getObject("patient_id", UUID.class)),
                encounter == null ? null : new EncounterId(encounter),
                new PayerId(rs.getObject("payer_id", UUID.class)),
                new CoverageId(rs.getObject("coverage_id", UUID.class)),
                new ProviderId(rs.getObject("rendering_provider_id", UUID.class)),
                billing == null ? null : new ProviderId(billing),
                rs.getString("place_of_service"),
                ClaimFrequency.ofCode(rs.getString("frequency")),
                claimId(rs, "original_claim_id"),
                ClaimStatus.valueOf(rs.getString("status")),
                batch == null ? null : new BatchId(batch),
                rs.getString("payer_claim_number"),
                instant(rs, "accepted_at"),
                rs.getInt("version"),
                instant(rs, "created_at"));
    }

    private Claim load(Header h) {
        List<String> diagnoses = jdbc.sql("select code from claim_diagnosis where claim_id = :id order by pointer")
                .param("id", h.id().value())
                .query(String.class)
                .list();
        List<ServiceLine> lines = jdbc.sql("select * from claim_line where claim_id = :id order by line_number")
                .param("id", h.id().value())
                .query((rs, n) -> new ServiceLine(
                        rs.getString("procedure_code"),
                        present(rs, "modifier1", "modifier2", "modifier3", "modifier4"),
                        rs.getBigDecimal("units"),
                        Money.of(rs.getBigDecimal("charge")),
                        pointers(rs),
                        rs.getObject("service_date", LocalDate.class)))
                .list();
        List<ClaimTransition> transitions = jdbc.sql(
                        "select * from claim_transition where claim_id = :id order by step")
                .param("id", h.id().value())
                .query((rs, n) -> {
                    String from = rs.getString("from_status");
                    return new ClaimTransition(
                            h.id(),
                            rs.getInt("step"),
                            from == null ? null : ClaimStatus.valueOf(from),
                            ClaimStatus.valueOf(rs.getString("to_status")),
                            ClaimAction.valueOf(rs.getString("action")),
                            rs.getString("changed_by"),
                            instant(rs, "changed_at"),
                            rs.getString("reason"));
                })
                .list();
        ClaimContent content = new ClaimContent(
                h.practice(),
                h.patient(),
                h.encounter(),
                h.payer(),
                h.coverage(),
                h.rendering(),
                h.billing(),
                h.placeOfService(),
                diagnoses,
                lines);
        return Claim.restore(
                h.id(),
                content,
                h.frequency(),
                h.original(),
                h.status(),
                h.batch(),
                h.payerClaimNumber(),
                h.acceptedAt(),
                h.createdAt(),
                h.version(),
                transitions);
    }

    private void insertContent(ClaimId id, ClaimContent c) {
        for (int i = 0; i < c.diagnoses().size(); i++) {
            jdbc.sql("""
                            insert into claim_diagnosis (claim_id, practice_id, pointer, code)
                            values (:id, :practice, :pointer, :code)""")
                    .param("id", id.value())
                    .param("practice", c.practice().value())
                    .param("pointer", i + 1)
                    .param("code", c.diagnoses().get(i))
                    .update();
        }
        for (int i = 0; i < c.lines().size(); i++) {
            ServiceLine line = c.lines().get(i);
            jdbc.sql("""
                            insert into claim_line (claim_id, practice_id, line_number, procedure_code, modifier1,
                                                    modifier2, modifier3, modifier4, units, charge, pointer1, pointer2,
                                                    pointer3, pointer4, service_date)
                            values (:id, :practice, :number, :procedure, :m1, :m2, :m3, :m4, :units, :charge, :p1, :p2,
                                    :p3, :p4, :date)""")
                    .param("id", id.value())
                    .param("practice", c.practice().value())
                    .param("number", i + 1)
                    .param("procedure", line.procedure())
                    .param("m1", nth(line.modifiers(), 0))
                    .param("m2", nth(line.modifiers(), 1))
                    .param("m3", nth(line.modifiers(), 2))
                    .param("m4", nth(line.modifiers(), 3))
                    .param("units", line.units())
                    .param("charge", line.charge().amount())
                    .param("p1", nth(line.pointers(), 0))
                    .param("p2", nth(line.pointers(), 1))
                    .param("p3", nth(line.pointers(), 2))
                    .param("p4", nth(line.pointers(), 3))
                    .param("date", line.serviceDate())
                    .update();
        }
    }

    private void insertTransitions(Claim claim) {
        for (ClaimTransition t : claim.newTransitions()) {
            jdbc.sql("""
                            insert into claim_transition (claim_id, practice_id, step, from_status, to_status, action,
                                                          changed_by, changed_at, reason)
                            values (:id, :practice, :step, :from, :to, :action, :by, :at, :reason)""")
                    .param("id", claim.id().value())
                    .param("practice", claim.content().practice().value())
                    .param("step", t.step())
                    .param("from", t.from() == null ? null : t.from().name())
                    .param("to", t.to().name())
                    .param("action", t.action().name())
                    .param("by", t.by())
                    .param("at", utc(t.at()))
                    .param("reason", t.reason())
                    .update();
        }
    }

    private static LocalDate firstServiceDate(ClaimContent c) {
        return c.lines().stream()
                .map(ServiceLine::serviceDate)
                .min(LocalDate::compareTo)
                .orElseThrow();
    }

    private static <T> @Nullable T nth(List<T> values, int index) {
        return index < values.size() ? values.get(index) : null;
    }

    private static List<String> present(ResultSet rs, String... columns) throws SQLException {
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            String value = rs.getString(column);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static List<Integer> pointers(ResultSet rs) throws SQLException {
        List<Integer> values = new ArrayList<>();
        for (String column : new String[] {"pointer1", "pointer2", "pointer3", "pointer4"}) {
            int value = rs.getInt(column);
            if (!rs.wasNull()) {
                values.add(value);
            }
        }
        return values;
    }

    private static @Nullable ClaimId claimId(ResultSet rs, String column) throws SQLException {
        UUID value = rs.getObject(column, UUID.class);
        return value == null ? null : new ClaimId(value);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
