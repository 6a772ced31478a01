package org.openrcm.app.patient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openrcm.app.identity.AccessScope;
import org.openrcm.app.kernel.CoverageId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PayerId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.practice.Address;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every method takes the caller's {@link AccessScope}; rows outside it do not exist for the caller. */
@Repository
class PatientRepository {
    private static final String SUMMARY_COLUMNS =
            "p.id, p.practice_id, p.account_number, p.last_name, p.first_name, p.birth_date, p.sex";

    private final JdbcClient jdbc;

    PatientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PatientRow(PatientSummary summary, String middleName, Address address, String phone, String email) {}

    record CoverageRow(
            CoverageId id,
            PayerId payerId,
            int priority,
            String memberId,
            String groupNumber,
            Relationship relationship,
            String subscriberLast,
            String subscriberFirst,
            LocalDate subscriberBirthDate,
            LocalDate effectiveFrom,
            LocalDate effectiveTo) {}

    void startAccountNumbers(PracticeId practice) {
        jdbc.sql("insert into patient_account_counter (practice_id, last_number) values (:practice, 0)")
                .param("practice", practice.value())
                .update();
    }

    /**
     * The next account number of a practice: its code, a dash and a running number. Takes the practice's counter
     * row for the rest of the transaction, so concurrent registrations queue rather than collide.
     */
    String nextAccountNumber(PracticeId practice, String practiceCode) {
        int updated = jdbc.sql(
                        "update patient_account_counter set last_number = last_number + 1 where practice_id = :p")
                .param("p", practice.value())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("practice " + practice + " has no account number counter");
        }
        long number = jdbc.sql("select last_number from patient_account_counter where practice_id = :p")
                .param("p", practice.value())
                .query(Long.class)
                .single();
        return "%s-%06d".formatted(practiceCode, number);
    }

    void insert(PatientId id, NewPatient p, String accountNumber, Instant now) {
        jdbc.sql("""
                        insert into patient (id, practice_id, account_number, last_name, first_name, middle_name,
                                             birth_date, sex, address_line1, address_line2, city, state, zip,
                                             phone, email, created_at)
                        values (:id, :practice, :account, :last, :first, :middle, :birth, :sex,
                                :line1, :line2, :city, :state, :zip, :phone, :email, :now)""")
                .param("id", id.value())
                .param("practice", p.practiceId().value())
                .param("account", accountNumber)
                .param("last", p.lastName().strip().toUpperCase(java.util.Locale.ROOT))
                .param("first", p.firstName().strip().toUpperCase(java.util.Locale.ROOT))
                .param("middle", p.middleName())
                .param("birth", p.birthDate())
                .param("sex", p.sex().name())
                .param("line1", p.address().line1())
                .param("line2", p.address().line2())
                .param("city", p.address().city())
                .param("state", p.address().state())
                .param("zip", p.address().zip())
                .param("phone", p.phone())
                .param("email", p.email())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    void insertCoverage(CoverageId id, PracticeId practice, NewCoverage c, Instant now) {
        jdbc.sql("""
                        insert into coverage (id, practice_id, patient_id, payer_id, priority, member_id, group_number,
                                              relationship, subscriber_last_name, subscriber_first_name,
                                              subscriber_birth_date, effective_from, effective_to, created_at)
                        values (:id, :practice, :patient, :payer, :priority, :member, :group, :relationship,
                                :subLast, :subFirst, :subBirth, :from, :to, :now)""")
                .param("id", id.value())
                .param("practice", practice.value())
                .param("patient", c.patientId().value())
                .param("payer", c.payerId().value())
                .param("priority", c.priority())
                .param("member", c.memberId())
                .param("group", c.groupNumber())
                .param("relationship", c.relationship().name())
                .param("subLast", c.subscriberLastName())
                .param("subFirst", c.subscriberFirstName())
                .param("subBirth", c.subscriberBirthDate())
                .param("from", c.effectiveFrom())
                .param("to", c.effectiveTo())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<PatientRow> find(AccessScope scope, PatientId id) {
        return jdbc.sql("select " + SUMMARY_COLUMNS
                        + ", p.middle_name, p.address_line1, p.address_line2, p.city, p.state, p.zip, p.phone, p.email"
                        + " from patient p where p.id = :id and p.practice_id in (:scope)")
                .param("id", id.value())
                .param("scope", scope.sqlValues())
                .query((rs, n) -> new PatientRow(
                        summary(rs),
                        rs.getString("middle_name"),
                        new Address(
                                rs.getString("address_line1"),
                                rs.getString("address_line2"),
                                rs.getString("city"),
                                rs.getString("state"),
                                rs.getString("zip")),
                        rs.getString("phone"),
                        rs.getString("email")))
                .optional();
    }

    Optional<PracticeId> practiceOf(AccessScope scope, PatientId id) {
        return jdbc.sql("select practice_id from patient where id = :id and practice_id in (:scope)")
                .param("id", id.value())
                .param("scope", scope.sqlValues())
                .query((rs, n) -> new PracticeId(rs.getObject(1, UUID.class)))
                .optional();
    }

    List<CoverageRow> coverages(AccessScope scope, PatientId patient) {
        return jdbc.sql("""
                        select id, payer_id, priority, member_id, group_number, relationship, subscriber_last_name,
                               subscriber_first_name, subscriber_birth_date, effective_from, effective_to
                          from coverage where patient_id = :patient and practice_id in (:scope)
                         order by priority, effective_from desc""")
                .param("patient", patient.value())
                .param("scope", scope.sqlValues())
                .query((rs, n) -> new CoverageRow(
                        new CoverageId(rs.getObject("id", UUID.class)),
                        new PayerId(rs.getObject("payer_id", UUID.class)),
                        rs.getInt("priority"),
                        rs.getString("member_id"),
                        rs.getString("group_number"),
                        Relationship.valueOf(rs.getString("relationship")),
                        rs.getString("subscriber_last_name"),
                        rs.getString("subscriber_first_name"),
                        rs.getObject("subscriber_birth_date", LocalDate.class),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("effective_to", LocalDate.class)))
                .list();
    }

    /** One page of matches, ordered by name; asks for one more than {@code limit} to tell whether more follow. */
    List<PatientSummary> search(AccessScope scope, PatientSearch search, int offset, int limit) {
        StringBuilder sql =
                new StringBuilder("select " + SUMMARY_COLUMNS + " from patient p where p.practice_id in (:scope)");
        Map<String, Object> params = new LinkedHashMap<>();
        if (search.birthDate() != null) {
            sql.append(" and p.birth_date = :birth");
            params.put("birth", search.birthDate());
        }
        if (search.accountNumber() != null) {
            sql.append(" and p.account_number = :account");
            params.put("account", search.accountNumber());
        }
        for (int i = 0; i < search.names().size(); i++) {
            sql.append(" and (lower(p.last_name) like :name")
                    .append(i)
                    .append(" or lower(p.first_name) like :name")
                    .append(i)
                    .append(")");
            params.put("name" + i, escapeLike(search.names().get(i)) + "%");
        }
        sql.append(
                " order by p.last_name, p.first_name, p.birth_date, p.id offset :offset rows fetch next :limit rows only");
        var statement = jdbc.sql(sql.toString())
                .param("scope", scope.sqlValues())
                .param("offset", offset)
                .param("limit", limit);
        for (var param : params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        return statement.query((rs, n) -> summary(rs)).list();
    }

    Map<PracticeId, Long> countByPractice(AccessScope scope) {
        Map<PracticeId, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select practice_id, count(*) from patient where practice_id in (:scope) group by practice_id")
                .param("scope", scope.sqlValues())
                .query(rs -> {
                    counts.put(new PracticeId(rs.getObject(1, UUID.class)), rs.getLong(2));
                });
        return counts;
    }

    List<PatientSummary> summaries(AccessScope scope, Collection<PatientId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> values = new ArrayList<>();
        ids.forEach(id -> values.add(id.value()));
        return jdbc.sql("select " + SUMMARY_COLUMNS
                        + " from patient p where p.id in (:ids) and p.practice_id in (:scope)")
                .param("ids", values)
                .param("scope", scope.sqlValues())
                .query((rs, n) -> summary(rs))
                .list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static PatientSummary summary(ResultSet rs) throws SQLException {
        return new PatientSummary(
                new PatientId(rs.getObject("id", UUID.class)),
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                rs.getString("account_number"),
                rs.getString("last_name"),
                rs.getString("first_name"),
                rs.getObject("birth_date", LocalDate.class),
                Sex.valueOf(rs.getString("sex")));
    }
}
