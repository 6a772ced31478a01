package org.openrcm.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.identity.AccessScope;
import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends to and reads the audit table. There is no update or delete here, by design. */
@Repository
class AuditRepository {
    private static final String COLUMNS = "seq, occurred_at, company_id, practice_id, actor_id, actor_name, action,"
            + " entity_type, entity_id, patient_id, outcome, client_address, detail, prev_hash, hash";

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Head(long lastSeq, String lastHash) {}

    /** Reads the chain head and locks it until the transaction ends: appends are serialised, across nodes too. */
    Head lockHead() {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    Head head() {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    void insert(AuditEvent e) {
        jdbc.sql("insert into audit_event (" + COLUMNS + ") values (:seq, :at, :company, :practice, :actor, :actorName,"
                        + " :action, :entityType, :entityId, :patient, :outcome, :address, :detail, :prev, :hash)")
                .param("seq", e.seq())
                .param("at", e.occurredAt().atOffset(ZoneOffset.UTC))
                .param("company", e.companyId() == null ? null : e.companyId().value())
                .param(
                        "practice",
                        e.practiceId() == null ? null : e.practiceId().value())
                .param("actor", e.actorId() == null ? null : e.actorId().value())
                .param("actorName", e.actorName())
                .param("action", e.action().name())
                .param("entityType", e.entityType())
                .param("entityId", e.entityId())
                .param("patient", e.patientId() == null ? null : e.patientId().value())
                .param("outcome", e.outcome().name())
                .param("address", e.clientAddress())
                .param("detail", e.detail())
                .param("prev", e.previousHash())
                .param("hash", e.hash())
                .update();
    }

    void moveHead(long lastSeq, String lastHash) {
        jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", lastSeq)
                .param("hash", lastHash)
                .update();
    }

    /** Streams the events numbered up to {@code lastSeq} in chain order; memory stays flat however long the trail. */
    void forEachInOrder(long lastSeq, Consumer<AuditEvent> action) {
        jdbc.sql("select " + COLUMNS + " from audit_event where seq <= :last order by seq")
                .param("last", lastSeq)
                .withFetchSize(1000)
                .query(rs -> {
                    action.accept(event(rs));
                });
    }

    /**
     * Events a manager may see: those of the practices in scope, and those of no practice (sign-ins) of their own
     * company. Newest first.
     */
    List<AuditEvent> search(AccessScope scope, @Nullable CompanyId company, AuditQuery q) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_event where (practice_id in (:scope)");
        sql.append(company == null ? ")" : " or (practice_id is null and company_id = :company))");
        List<String> conditions = new ArrayList<>();
        if (q.user() != null) {
            conditions.add("actor_id = :user");
        }
        if (q.patientFilter()) {
            conditions.add(q.patients().isEmpty() ? "1 = 0" : "patient_id in (:patients)");
        }
        if (q.from() != null) {
            conditions.add("occurred_at >= :from");
        }
        if (q.to() != null) {
            conditions.add("occurred_at < :to");
        }
        if (q.beforeSeq() != null) {
            conditions.add("seq < :before");
        }
        conditions.forEach(c -> sql.append(" and ").append(c));
        sql.append(" order by seq desc limit :limit");

        var statement =
                jdbc.sql(sql.toString()).param("scope", scope.sqlValues()).param("limit", q.limit());
        if (company != null) {
            statement = statement.param("company", company.value());
        }
        if (q.user() != null) {
            statement = statement.param("user", q.user().value());
        }
        if (q.patientFilter() && !q.patients().isEmpty()) {
            statement = statement.param(
                    "patients", q.patients().stream().map(PatientId::value).toList());
        }
        if (q.from() != null) {
            statement = statement.param("from", q.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (q.to() != null) {
            statement = statement.param("to", q.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (q.beforeSeq() != null) {
            statement = statement.param("before", q.beforeSeq());
        }
        return statement.query((rs, n) -> event(rs)).list();
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(
                rs.getLong("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                id(rs, "company_id", CompanyId::new),
                id(rs, "practice_id", PracticeId::new),
                id(rs, "actor_id", UserId::new),
                rs.getString("actor_name"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                id(rs, "patient_id", PatientId::new),
                AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("client_address"),
                rs.getString("detail"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private static <T> @Nullable T id(ResultSet rs, String column, java.util.function.Function<UUID, T> wrap)
            throws SQLException {
        UUID value = rs.getObject(column, UUID.class);
        return value == null ? null : wrap.apply(value);
    }
}
