package org.openrcm.app.claim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.identity.AccessScope;
import org.openrcm.app.identity.Role;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.edits.Finding;
import org.openrcm.edits.Reference;
import org.openrcm.edits.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the findings of each claim's last scrub, and their overrides. Every read takes the actor's scope. */
@Repository
class ClaimFindingRepository {
    /** Statuses of a claim the payer has (or had): the history duplicates are judged against. */
    private static final List<String> WITH_PAYER =
            List.of("SUBMITTED", "ACKNOWLEDGED", "ADJUDICATED", "PAID", "DENIED", "PARTIAL", "CLOSED");

    private static final String COLUMNS = """
            id, claim_id, rule_id, severity, line_number, codes, message, ref_table, ref_release, ref_row, route,
            scrubbed_at, overridden_by, overridden_at, override_reason""";

    private final JdbcClient jdbc;

    ClaimFindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the claim's findings by those of a new scrub. */
    void replace(ClaimId claim, PracticeId practice, List<Finding> findings, Instant at) {
        jdbc.sql("delete from claim_finding where claim_id = :claim")
                .param("claim", claim.value())
                .update();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            jdbc.sql("""
                            insert into claim_finding (id, claim_id, practice_id, position, rule_id, severity,
                                                       line_number, codes, message, ref_table, ref_release, ref_row,
                                                       route, scrubbed_at)
                            values (:id, :claim, :practice, :position, :rule, :severity, :line, :codes, :message,
                                    :refTable, :refRelease, :refRow, :route, :at)""")
                    .param("id", UUID.randomUUID())
                    .param("claim", claim.value())
                    .param("practice", practice.value())
                    .param("position", i + 1)
                    .param("rule", cut(f.rule(), 60))
                    .param("severity", f.severity().name())
                    .param("line", f.line())
                    .param("codes", cut(String.join(" ", f.codes()), 200))
                    .param("message", cut(f.message(), 2000))
                    .param("refTable", cut(f.reference().table(), 200))
                    .param("refRelease", cut(f.reference().release(), 100))
                    .param("refRow", cut(f.reference().row(), 500))
                    .param("route", FindingRoutes.route(f.rule()).name())
                    .param("at", utc(at))
                    .update();
        }
    }

    List<ClaimFinding> of(AccessScope scope, ClaimId claim) {
        return jdbc.sql("select " + COLUMNS
                        + " from claim_finding where claim_id = :claim and practice_id in (:scope) order by position")
                .param("claim", claim.value())
                .param("scope", scope.sqlValues())
                .query((rs, n) -> finding(rs))
                .list();
    }

    /** Records an override; false when the finding is not one of the claim's or was already overridden. */
    boolean override(ClaimId claim, UUID finding, FindingOverride override) {
        return jdbc.sql("""
                                update claim_finding
                                   set overridden_by = :by, overridden_at = :at, override_reason = :reason
                                 where id = :id and claim_id = :claim and overridden_by is null""")
                        .param("by", override.by())
                        .param("at", utc(override.at()))
                        .param("reason", override.reason())
                        .param("id", finding)
                        .param("claim", claim.value())
                        .update()
                == 1;
    }

    /** A draft claim with a blocking finding, and its patient. */
    record Held(ClaimId claim, PatientId patient) {}

    /** Draft claims of the practice with an unresolved error routed to {@code route}, oldest first. */
    List<Held> heldFor(AccessScope scope, PracticeId practice, Role route, int limit) {
        return jdbc.sql("""
                        select c.id, c.patient_id from claim c
                         where c.practice_id = :practice and c.practice_id in (:scope) and c.status = 'DRAFT'
                           and exists (select 1 from claim_finding f
                                        where f.claim_id = c.id and f.route = :route and f.severity = 'ERROR'
                                          and f.overridden_by is null)
                         order by c.created_at, c.id
                         limit :limit""")
                .param("practice", practice.value())
                .param("scope", scope.sqlValues())
                .param("route", route.name())
                .param("limit", limit)
                .query((rs, n) -> new Held(
                        new ClaimId(rs.getObject("id", UUID.class)),
                        new PatientId(rs.getObject("patient_id", UUID.class))))
                .list();
    }

    /** The other claims of the patient the payer has, for duplicate checks, newest first. */
    List<ClaimId> withPayer(AccessScope scope, PracticeId practice, PatientId patient, ClaimId except, int limit) {
        return jdbc.sql("""
                        select id from claim
                         where practice_id = :practice and practice_id in (:scope) and patient_id = :patient
                           and id <> :except and status in (:statuses)
                         order by created_at desc, id
                         limit :limit""")
                .param("practice", practice.value())
                .param("scope", scope.sqlValues())
                .param("patient", patient.value())
                .param("except", except.value())
                .param("statuses", WITH_PAYER)
                .param("limit", limit)
                .query((rs, n) -> new ClaimId(rs.getObject("id", UUID.class)))
                .list();
    }

    private static ClaimFinding finding(ResultSet rs) throws SQLException {
        String codes = rs.getString("codes");
        String by = rs.getString("overridden_by");
        Integer line = rs.getObject("line_number") == null ? null : rs.getInt("line_number");
        return new ClaimFinding(
                rs.getObject("id", UUID.class),
                new ClaimId(rs.getObject("claim_id", UUID.class)),
                rs.getString("rule_id"),
                Severity.valueOf(rs.getString("severity")),
                line,
                codes.isEmpty() ? List.of() : Arrays.asList(codes.split(" ")),
                rs.getString("message"),
                new Reference(rs.getString("ref_table"), rs.getString("ref_release"), rs.getString("ref_row")),
                Role.valueOf(rs.getString("route")),
                rs.getObject("scrubbed_at", OffsetDateTime.class).toInstant(),
                by == null
                        ? null
                        : new FindingOverride(
                                by,
                                rs.getObject("overridden_at", OffsetDateTime.class)
                                        .toInstant(),
                                rs.getString("override_reason")));
    }

    private static String cut(@Nullable String text, int max) {
        String t = text == null ? "" : text;
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
