package org.openrcm.app.encounter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openrcm.app.identity.AccessScope;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.LocationId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.ProviderId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EncounterRepository {
    private final JdbcClient jdbc;

    EncounterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            EncounterId id,
            PracticeId practiceId,
            PatientId patientId,
            ProviderId providerId,
            LocationId locationId,
            LocalDate dateOfService,
            String placeOfService,
            String reason,
            EncounterStatus status) {}

    void insert(Row e, Instant now) {
        jdbc.sql("""
                        insert into encounter (id, practice_id, patient_id, provider_id, location_id, date_of_service,
                                               place_of_service, reason, status, created_at)
                        values (:id, :practice, :patient, :provider, :location, :dos, :pos, :reason, :status, :now)""")
                .param("id", e.id().value())
                .param("practice", e.practiceId().value())
                .param("patient", e.patientId().value())
                .param("provider", e.providerId().value())
                .param("location", e.locationId().value())
                .param("dos", e.dateOfService())
                .param("pos", e.placeOfService())
                .param("reason", e.reason())
                .param("status", e.status().name())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    List<Row> forPatient(AccessScope scope, PatientId patient) {
        return jdbc.sql("""
                        select id, practice_id, patient_id, provider_id, location_id, date_of_service,
                               place_of_service, reason, status
                          from encounter where patient_id = :patient and practice_id in (:scope)
                         order by date_of_service desc, created_at desc""")
                .param("patient", patient.value())
                .param("scope", scope.sqlValues())
                .query(EncounterRepository::row)
                .list();
    }

    Optional<Row> find(AccessScope scope, EncounterId id) {
        return jdbc.sql("""
                        select id, practice_id, patient_id, provider_id, location_id, date_of_service,
                               place_of_service, reason, status
                          from encounter where id = :id and practice_id in (:scope)""")
                .param("id", id.value())
                .param("scope", scope.sqlValues())
                .query(EncounterRepository::row)
                .optional();
    }

    boolean setStatus(AccessScope scope, EncounterId id, EncounterStatus status) {
        return jdbc.sql("update encounter set status = :status where id = :id and practice_id in (:scope)")
                        .param("status", status.name())
                        .param("id", id.value())
                        .param("scope", scope.sqlValues())
                        .update()
                == 1;
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(
                new EncounterId(rs.getObject("id", UUID.class)),
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                new PatientId(rs.getObject("patient_id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)),
                new LocationId(rs.getObject("location_id", UUID.class)),
                rs.getObject("date_of_service", LocalDate.class),
                rs.getString("place_of_service"),
                rs.getString("reason"),
                EncounterStatus.valueOf(rs.getString("status")));
    }

    Map<PracticeId, Long> countByPractice(AccessScope scope, LocalDate since) {
        Map<PracticeId, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select practice_id, count(*) from encounter
                         where practice_id in (:scope) and date_of_service >= :since group by practice_id""").param("scope", scope.sqlValues()).param("since", since).query(rs -> {
            counts.put(new PracticeId(rs.getObject(1, UUID.class)), rs.getLong(2));
        });
        return counts;
    }

    Map<PracticeId, Long> countAwaitingCoding(AccessScope scope) {
        Map<PracticeId, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select practice_id, count(*) from encounter
                         where practice_id in (:scope) and status = 'AWAITING_CODING' group by practice_id""").param("scope", scope.sqlValues()).query(rs -> {
            counts.put(new PracticeId(rs.getObject(1, UUID.class)), rs.getLong(2));
        });
        return counts;
    }
}
