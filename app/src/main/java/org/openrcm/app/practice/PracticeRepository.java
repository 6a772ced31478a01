package org.openrcm.app.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openrcm.app.identity.AccessScope;
import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.LocationId;
import org.openrcm.app.kernel.PayerId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.ProviderId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every read of tenant-owned rows takes the caller's {@link AccessScope}. */
@Repository
class PracticeRepository {
    private static final String PRACTICE_COLUMNS =
            "id, company_id, code, name, npi, tax_id, taxonomy, address_line1, address_line2, city, state, zip";

    private final JdbcClient jdbc;

    PracticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertCompany(CompanyId id, String name, Instant now) {
        jdbc.sql("insert into company (id, name, created_at) values (:id, :name, :now)")
                .param("id", id.value())
                .param("name", name)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    List<Company> companies() {
        return jdbc.sql("select id, name from company order by name")
                .query((rs, n) -> new Company(new CompanyId(rs.getObject("id", UUID.class)), rs.getString("name")))
                .list();
    }

    boolean practiceCodeTaken(String code) {
        return jdbc.sql("select count(*) from practice where code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insertPractice(PracticeId id, NewPractice p, Instant now) {
        jdbc.sql("""
                        insert into practice (id, company_id, code, name, npi, tax_id, taxonomy,
                                              address_line1, address_line2, city, state, zip, created_at)
                        values (:id, :company, :code, :name, :npi, :taxId, :taxonomy,
                                :line1, :line2, :city, :state, :zip, :now)""")
                .param("id", id.value())
                .param("company", p.companyId().value())
                .param("code", p.code())
                .param("name", p.name())
                .param("npi", p.npi().value())
                .param("taxId", p.taxId())
                .param("taxonomy", p.taxonomy())
                .param("line1", p.address().line1())
                .param("line2", p.address().line2())
                .param("city", p.address().city())
                .param("state", p.address().state())
                .param("zip", p.address().zip())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    List<PracticeView> practices(AccessScope scope) {
        return jdbc.sql("select " + PRACTICE_COLUMNS + " from practice where id in (:scope) order by code")
                .param("scope", scope.sqlValues())
                .query(PracticeRepository::practice)
                .list();
    }

    Optional<PracticeView> practice(AccessScope scope, PracticeId id) {
        return jdbc.sql("select " + PRACTICE_COLUMNS + " from practice where id = :id and id in (:scope)")
                .param("id", id.value())
                .param("scope", scope.sqlValues())
                .query(PracticeRepository::practice)
                .optional();
    }

    Optional<PracticeView> practiceByCode(AccessScope scope, String code) {
        return jdbc.sql("select " + PRACTICE_COLUMNS + " from practice where code = :code and id in (:scope)")
                .param("code", code)
                .param("scope", scope.sqlValues())
                .query(PracticeRepository::practice)
                .optional();
    }

    void insertProvider(ProviderId id, NewProvider p) {
        jdbc.sql("""
                        insert into provider (id, practice_id, npi, first_name, last_name, credential, taxonomy, specialty)
                        values (:id, :practice, :npi, :first, :last, :credential, :taxonomy, :specialty)""")
                .param("id", id.value())
                .param("practice", p.practiceId().value())
                .param("npi", p.npi().value())
                .param("first", p.firstName())
                .param("last", p.lastName())
                .param("credential", p.credential())
                .param("taxonomy", p.taxonomy())
                .param("specialty", p.specialty())
                .update();
    }

    List<ProviderView> providers(AccessScope scope) {
        return jdbc.sql("""
                        select id, practice_id, npi, first_name, last_name, credential, taxonomy, specialty
                          from provider where practice_id in (:scope) order by last_name, first_name""")
                .param("scope", scope.sqlValues())
                .query((rs, n) -> new ProviderView(
                        new ProviderId(rs.getObject("id", UUID.class)),
                        new PracticeId(rs.getObject("practice_id", UUID.class)),
                        new Npi(rs.getString("npi")),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getString("credential"),
                        rs.getString("taxonomy"),
                        rs.getString("specialty")))
                .list();
    }

    void insertLocation(LocationId id, NewLocation l) {
        jdbc.sql("""
                        insert into location (id, practice_id, name, place_of_service,
                                              address_line1, address_line2, city, state, zip)
                        values (:id, :practice, :name, :pos, :line1, :line2, :city, :state, :zip)""")
                .param("id", id.value())
                .param("practice", l.practiceId().value())
                .param("name", l.name())
                .param("pos", l.placeOfService())
                .param("line1", l.address().line1())
                .param("line2", l.address().line2())
                .param("city", l.address().city())
                .param("state", l.address().state())
                .param("zip", l.address().zip())
                .update();
    }

    List<LocationView> locations(AccessScope scope) {
        return jdbc.sql("""
                        select id, practice_id, name, place_of_service, address_line1, address_line2, city, state, zip
                          from location where practice_id in (:scope) order by name""")
                .param("scope", scope.sqlValues())
                .query((rs, n) -> new LocationView(
                        new LocationId(rs.getObject("id", UUID.class)),
                        new PracticeId(rs.getObject("practice_id", UUID.class)),
                        rs.getString("name"),
                        rs.getString("place_of_service"),
                        address(rs)))
                .list();
    }

    void insertPayer(PayerId id, NewPayer p) {
        jdbc.sql("""
                        insert into payer (id, company_id, code, name, kind, electronic_id, timely_filing_days)
                        values (:id, :company, :code, :name, :kind, :electronicId, :days)""")
                .param("id", id.value())
                .param("company", p.companyId().value())
                .param("code", p.code())
                .param("name", p.name())
                .param("kind", p.kind().name())
                .param("electronicId", p.electronicId())
                .param("days", p.timelyFilingDays())
                .update();
    }

    /** Payers of the companies that own the practices in scope. */
    List<PayerView> payers(AccessScope scope) {
        return jdbc.sql("""
                        select id, company_id, code, name, kind, electronic_id, timely_filing_days from payer
                         where company_id in (select company_id from practice where id in (:scope))
                         order by name""")
                .param("scope", scope.sqlValues())
                .query((rs, n) -> new PayerView(
                        new PayerId(rs.getObject("id", UUID.class)),
                        new CompanyId(rs.getObject("company_id", UUID.class)),
                        rs.getString("code"),
                        rs.getString("name"),
                        PayerKind.valueOf(rs.getString("kind")),
                        rs.getString("electronic_id"),
                        rs.getInt("timely_filing_days")))
                .list();
    }

    private static PracticeView practice(ResultSet rs, int n) throws SQLException {
        return new PracticeView(
                new PracticeId(rs.getObject("id", UUID.class)),
                new CompanyId(rs.getObject("company_id", UUID.class)),
                rs.getString("code"),
                rs.getString("name"),
                new Npi(rs.getString("npi")),
                rs.getString("tax_id"),
                rs.getString("taxonomy"),
                address(rs));
    }

    private static Address address(ResultSet rs) throws SQLException {
        return new Address(
                rs.getString("address_line1"),
                rs.getString("address_line2"),
                rs.getString("city"),
                rs.getString("state"),
                rs.getString("zip"));
    }
}
