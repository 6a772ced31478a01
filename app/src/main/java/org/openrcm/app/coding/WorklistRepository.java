package org.openrcm.app.coding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.ProviderId;
import org.openrcm.app.kernel.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The coding worklist (encounters not yet billed, with their coding status and assigned coder) and the assignments
 * (V13). Reads the encounter table read-only, by the columns the encounter module publishes in EncounterFacts.
 */
@Repository
class WorklistRepository {
    private final JdbcClient jdbc;

    WorklistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Entry(
            EncounterId encounter,
            PracticeId practiceId,
            PatientId patientId,
            ProviderId providerId,
            LocalDate dateOfService,
            WorklistStatus status,
            @Nullable UserId assignee) {}

    /**
     * Encounters of the practices not yet billed, oldest date of service first (then the oldest recorded), at most
     * {@code limit}; narrowed to the providers given (null: any) and to one assignee (null: anyone's).
     */
    List<Entry> entries(
            Collection<PracticeId> practices,
            @Nullable Collection<ProviderId> providers,
            @Nullable UserId assignee,
            int limit) {
        StringBuilder sql = new StringBuilder("""
                select e.id, e.practice_id, e.patient_id, e.provider_id, e.date_of_service, e.status as encounter_status,
                       c.status as coding_status, a.coder_id
                  from encounter e
                  left join encounter_coding c on c.encounter_id = e.id
                  left join coding_assignment a on a.encounter_id = e.id
                 where e.practice_id in (:practices) and e.status <> 'BILLED'""");
        if (providers != null) {
            sql.append(" and e.provider_id in (:providers)");
        }
        if (assignee != null) {
            sql.append(" and a.coder_id = :assignee");
        }
        sql.append(" order by e.date_of_service, e.created_at, e.id limit :limit");
        var statement = jdbc.sql(sql.toString())
                .param("practices", practices.stream().map(PracticeId::value).toList())
                .param("limit", limit);
        if (providers != null) {
            statement = statement.param(
                    "providers", providers.stream().map(ProviderId::value).toList());
        }
        if (assignee != null) {
            statement = statement.param("assignee", assignee.value());
        }
        return statement
                .query((rs, n) -> {
                    UUID coder = rs.getObject("coder_id", UUID.class);
                    String coding = rs.getString("coding_status");
                    WorklistStatus status = "CODED".equals(rs.getString("encounter_status"))
                            ? WorklistStatus.HELD
                            : "IN_PROGRESS".equals(coding)
                                    ? WorklistStatus.IN_PROGRESS
                                    : WorklistStatus.AWAITING_CODING;
                    return new Entry(
                            new EncounterId(rs.getObject("id", UUID.class)),
                            new PracticeId(rs.getObject("practice_id", UUID.class)),
                            new PatientId(rs.getObject("patient_id", UUID.class)),
                            new ProviderId(rs.getObject("provider_id", UUID.class)),
                            rs.getObject("date_of_service", LocalDate.class),
                            status,
                            coder == null ? null : new UserId(coder));
                })
                .list();
    }

    /** The coder assigned to the encounter, the row locked until the transaction ends. */
    Optional<UserId> lockAssignee(EncounterId encounter) {
        return jdbc.sql("select coder_id from coding_assignment where encounter_id = :id for update")
                .param("id", encounter.value())
                .query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
                .optional();
    }

    void assign(
            PracticeId practice,
            EncounterId encounter,
            UserId coder,
            @Nullable UserId by,
            boolean exists,
            Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        String sql = exists ? """
                  update coding_assignment set coder_id = :coder, assigned_by = :by, assigned_at = :now
                   where encounter_id = :id""" : """
                  insert into coding_assignment (encounter_id, practice_id, coder_id, assigned_by, assigned_at)
                  values (:id, :practice, :coder, :by, :now)""";
        var statement = jdbc.sql(sql)
                .param("id", encounter.value())
                .param("coder", coder.value())
                .param("by", by == null ? null : by.value())
                .param("now", at);
        if (!exists) {
            statement = statement.param("practice", practice.value());
        }
        statement.update();
    }
}
