package org.openrcm.app.coding;

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
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The codings of encounters (V10): a header per encounter, its diagnoses and its lines; every read is scoped. */
@Repository
class CodingRepository {
    private final JdbcClient jdbc;

    CodingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Header(
            EncounterId encounter,
            CodingStatus status,
            @Nullable UserId coder,
            @Nullable ClaimId claim,
            Instant updatedAt) {}

    /** The header of the encounter's coding, locked until the transaction ends. */
    Optional<Header> lock(AccessScope scope, EncounterId encounter) {
        return jdbc.sql("""
                        select encounter_id, status, coder_id, claim_id, updated_at from encounter_coding
                         where encounter_id = :id and practice_id in (:scope) for update""")
                .param("id", encounter.value())
                .param("scope", scope.sqlValues())
                .query(CodingRepository::header)
                .optional();
    }

    Optional<CodingView> find(AccessScope scope, EncounterId encounter) {
        Optional<Header> found = jdbc.sql("""
                        select encounter_id, status, coder_id, claim_id, updated_at from encounter_coding
                         where encounter_id = :id and practice_id in (:scope)""")
                .param("id", encounter.value())
                .param("scope", scope.sqlValues())
                .query(CodingRepository::header)
                .optional();
        return found.map(h ->
                new CodingView(h.encounter(), h.status(), content(encounter), h.coder(), h.claim(), h.updatedAt()));
    }

    /** Saves the codes as work in progress, replacing any codes saved before (and the claim of a cancelled finish). */
    void save(
            PracticeId practice,
            EncounterId encounter,
            boolean exists,
            EncounterCoding coding,
            @Nullable UserId coder,
            Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        if (exists) {
            jdbc.sql("delete from encounter_coding_line where encounter_id = :id")
                    .param("id", encounter.value())
                    .update();
            jdbc.sql("delete from encounter_coding_diagnosis where encounter_id = :id")
                    .param("id", encounter.value())
                    .update();
            jdbc.sql("""
                            update encounter_coding set status = 'IN_PROGRESS', coder_id = :coder, claim_id = null,
                                   updated_at = :now, finished_at = null
                             where encounter_id = :id""")
                    .param("coder", coder == null ? null : coder.value())
                    .param("now", at)
                    .param("id", encounter.value())
                    .update();
        } else {
            jdbc.sql("""
                            insert into encounter_coding (encounter_id, practice_id, status, coder_id, updated_at)
                            values (:id, :practice, 'IN_PROGRESS', :coder, :now)""")
                    .param("id", encounter.value())
                    .param("practice", practice.value())
                    .param("coder", coder == null ? null : coder.value())
                    .param("now", at)
                    .update();
        }
        for (int i = 0; i < coding.diagnoses().size(); i++) {
            jdbc.sql("""
                            insert into encounter_coding_diagnosis (encounter_id, practice_id, pointer, code)
                            values (:id, :practice, :pointer, :code)""")
                    .param("id", encounter.value())
                    .param("practice", practice.value())
                    .param("pointer", i + 1)
                    .param("code", coding.diagnoses().get(i))
                    .update();
        }
        for (int i = 0; i < coding.lines().size(); i++) {
            CodedLine line = coding.lines().get(i);
            jdbc.sql("""
                            insert into encounter_coding_line (encounter_id, practice_id, line_number, procedure_code,
                                   modifier1, modifier2, modifier3, modifier4, units, pointer1, pointer2, pointer3,
                                   pointer4, service_date)
                            values (:id, :practice, :number, :procedure, :m1, :m2, :m3, :m4, :units, :p1, :p2, :p3,
                                    :p4, :date)""")
                    .param("id", encounter.value())
                    .param("practice", practice.value())
                    .param("number", i + 1)
                    .param("procedure", line.procedure())
                    .param("m1", nth(line.modifiers(), 0))
                    .param("m2", nth(line.modifiers(), 1))
                    .param("m3", nth(line.modifiers(), 2))
                    .param("m4", nth(line.modifiers(), 3))
                    .param("units", line.units())
                    .param("p1", nth(line.pointers(), 0))
                    .param("p2", nth(line.pointers(), 1))
                    .param("p3", nth(line.pointers(), 2))
                    .param("p4", nth(line.pointers(), 3))
                    .param("date", line.serviceDate())
                    .update();
        }
    }

    /** Marks the coding DONE with the claim made from it. */
    void finish(EncounterId encounter, ClaimId claim, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                        update encounter_coding set status = 'DONE', claim_id = :claim, updated_at = :now,
                               finished_at = :now
                         where encounter_id = :id""")
                .param("claim", claim.value())
                .param("now", at)
                .param("id", encounter.value())
                .update();
    }

    private EncounterCoding content(EncounterId encounter) {
        List<String> diagnoses = jdbc.sql(
                        "select code from encounter_coding_diagnosis where encounter_id = :id order by pointer")
                .param("id", encounter.value())
                .query(String.class)
                .list();
        List<CodedLine> lines = jdbc.sql(
                        "select * from encounter_coding_line where encounter_id = :id order by line_number")
                .param("id", encounter.value())
                .query((rs, n) -> new CodedLine(
                        rs.getString("procedure_code"),
                        present(rs, "modifier1", "modifier2", "modifier3", "modifier4"),
                        rs.getBigDecimal("units"),
                        pointers(rs),
                        rs.getObject("service_date", LocalDate.class)))
                .list();
        return new EncounterCoding(diagnoses, lines);
    }

    private static Header header(ResultSet rs, int n) throws SQLException {
        UUID coder = rs.getObject("coder_id", UUID.class);
        UUID claim = rs.getObject("claim_id", UUID.class);
        return new Header(
                new EncounterId(rs.getObject("encounter_id", UUID.class)),
                CodingStatus.valueOf(rs.getString("status")),
                coder == null ? null : new UserId(coder),
                claim == null ? null : new ClaimId(claim),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
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
        for (int i = 1; i <= 4; i++) {
            int value = rs.getInt("pointer" + i);
            if (!rs.wasNull()) {
                values.add(value);
            }
        }
        return values;
    }

    private static <T> @Nullable T nth(List<T> values, int index) {
        return index < values.size() ? values.get(index) : null;
    }
}
