package org.openrcm.app.practice;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.kernel.PayerId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.codes.fees.Locality;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Fee schedule assignments and flat price rows. The facade checks the practice is in the caller's scope before
 * calling; every query here names the practice.
 */
@Repository
class FeeScheduleRepository {
    static final String DEFAULT_PAYER = "DEFAULT";

    private static final String COLUMNS = "id, practice_id, payer_id, name, kind, mac, locality, percent";

    /** An assignment with its row id (the key of its flat prices). */
    record Stored(UUID id, FeeScheduleView view) {}

    private final JdbcClient jdbc;

    FeeScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean payerOfPracticeCompany(PracticeId practice, PayerId payer) {
        return jdbc.sql("""
                                select count(*) from payer p join practice pr on pr.company_id = p.company_id
                                 where p.id = :payer and pr.id = :practice""")
                        .param("payer", payer.value())
                        .param("practice", practice.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Inserts or updates the assignment of (practice, payer); its flat prices, if any, stay with it. */
    UUID upsert(FeeScheduleView s, Instant now) {
        Optional<Stored> existing = find(s.practiceId(), s.payerId());
        UUID id = existing.map(Stored::id).orElseGet(UUID::randomUUID);
        String sql = existing.isPresent() ? """
                update fee_schedule set name = :name, kind = :kind, mac = :mac, locality = :locality,
                       percent = :percent, updated_at = :now
                 where id = :id""" : """
                insert into fee_schedule (id, practice_id, payer_id, payer_key, name, kind, mac, locality, percent,
                                          updated_at)
                values (:id, :practice, :payer, :payerKey, :name, :kind, :mac, :locality, :percent, :now)""";
        var statement = jdbc.sql(sql)
                .param("id", id)
                .param("name", s.name())
                .param("kind", s.kind().name())
                .param("mac", s.locality() == null ? null : s.locality().mac())
                .param("locality", s.locality() == null ? null : s.locality().locality())
                .param("percent", s.percent())
                .param("now", now.atOffset(ZoneOffset.UTC));
        if (existing.isEmpty()) {
            statement = statement
                    .param("practice", s.practiceId().value())
                    .param("payer", s.payerId() == null ? null : s.payerId().value())
                    .param("payerKey", payerKey(s.payerId()));
        }
        statement.update();
        return id;
    }

    Optional<Stored> find(PracticeId practice, @Nullable PayerId payer) {
        return jdbc.sql("select " + COLUMNS + " from fee_schedule where practice_id = :practice and payer_key = :key")
                .param("practice", practice.value())
                .param("key", payerKey(payer))
                .query(FeeScheduleRepository::stored)
                .optional();
    }

    List<FeeScheduleView> all(PracticeId practice) {
        return jdbc
                .sql("select " + COLUMNS + " from fee_schedule where practice_id = :practice order by name")
                .param("practice", practice.value())
                .query(FeeScheduleRepository::stored)
                .list()
                .stream()
                .map(Stored::view)
                .toList();
    }

    /** Adds the rows, replacing the price of a procedure and modifier the list already has. */
    void putPrices(UUID schedule, List<FlatPrice> prices) {
        for (FlatPrice p : prices) {
            jdbc.sql("delete from fee_schedule_price where schedule_id = :s and procedure = :p and modifier = :m")
                    .param("s", schedule)
                    .param("p", p.procedure())
                    .param("m", p.modifier())
                    .update();
            jdbc.sql("""
                            insert into fee_schedule_price (schedule_id, procedure, modifier, price)
                            values (:s, :p, :m, :price)""")
                    .param("s", schedule)
                    .param("p", p.procedure())
                    .param("m", p.modifier())
                    .param("price", p.price().amount())
                    .update();
        }
    }

    /** The rows of a procedure, with any modifier or none. */
    List<FlatPrice> prices(UUID schedule, String procedure) {
        return jdbc.sql("""
                        select procedure, modifier, price from fee_schedule_price
                         where schedule_id = :s and procedure = :p order by modifier""")
                .param("s", schedule)
                .param("p", procedure)
                .query((rs, n) -> new FlatPrice(
                        rs.getString("procedure"), rs.getString("modifier"), Money.of(rs.getBigDecimal("price"))))
                .list();
    }

    private static String payerKey(@Nullable PayerId payer) {
        return payer == null ? DEFAULT_PAYER : payer.value().toString();
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        UUID payer = rs.getObject("payer_id", UUID.class);
        String mac = rs.getString("mac");
        BigDecimal percent = rs.getBigDecimal("percent");
        return new Stored(
                rs.getObject("id", UUID.class),
                new FeeScheduleView(
                        new PracticeId(rs.getObject("practice_id", UUID.class)),
                        payer == null ? null : new PayerId(payer),
                        rs.getString("name"),
                        FeeScheduleKind.valueOf(rs.getString("kind")),
                        mac == null ? null : new Locality(mac, rs.getString("locality")),
                        percent));
    }
}
