package org.openrcm.app.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {
    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record UserRow(
            UserId id,
            CompanyId companyId,
            String username,
            String displayName,
            Role role,
            boolean enabled,
            String passwordHash) {}

    Optional<UserRow> findByUsername(String username) {
        return jdbc.sql("""
                        select id, company_id, username, display_name, role, enabled, password_hash
                          from app_user where username = :username""")
                .param("username", username)
                .query(UserRepository::userRow)
                .optional();
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = :username")
                        .param("username", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean anyUser() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0;
    }

    void insert(UserRow user, Collection<PracticeId> practices, Instant now) {
        jdbc.sql("""
                        insert into app_user (id, company_id, username, display_name, role, enabled, password_hash, created_at)
                        values (:id, :company, :username, :name, :role, :enabled, :hash, :now)""")
                .param("id", user.id().value())
                .param("company", user.companyId().value())
                .param("username", user.username())
                .param("name", user.displayName())
                .param("role", user.role().name())
                .param("enabled", user.enabled())
                .param("hash", user.passwordHash())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
        for (PracticeId practice : practices) {
            jdbc.sql("insert into user_practice (user_id, practice_id) values (:user, :practice)")
                    .param("user", user.id().value())
                    .param("practice", practice.value())
                    .update();
        }
    }

    Set<PracticeId> practicesOf(UserId user) {
        return new LinkedHashSet<>(jdbc.sql("""
                        select up.practice_id from user_practice up
                          join practice p on p.id = up.practice_id
                          join app_user u on u.id = up.user_id
                         where up.user_id = :user and p.company_id = u.company_id and u.enabled
                         order by p.code""")
                .param("user", user.value())
                .query((rs, n) -> new PracticeId(rs.getObject(1, UUID.class)))
                .list());
    }

    Set<PracticeId> allPractices() {
        return new LinkedHashSet<>(jdbc.sql("select id from practice order by code")
                .query((rs, n) -> new PracticeId(rs.getObject(1, UUID.class)))
                .list());
    }

    /** How many of the given practices belong to the company: a user may only be assigned to its own. */
    long countPracticesOfCompany(Collection<PracticeId> practices, CompanyId company) {
        if (practices.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from practice where company_id = :company and id in (:ids)")
                .param("company", company.value())
                .param("ids", practices.stream().map(PracticeId::value).toList())
                .query(Long.class)
                .single();
    }

    List<UserSummary> usersOfCompany(CompanyId company) {
        return jdbc.sql("""
                        select id, username, display_name, role, enabled from app_user
                         where company_id = :company order by username""")
                .param("company", company.value())
                .query((rs, n) -> new UserSummary(
                        new UserId(rs.getObject("id", UUID.class)),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled")))
                .list();
    }

    /** Records a sign-in attempt and returns its id. */
    long recordAttempt(String username, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into sign_in_attempt (username, attempted_at) values (:username, :at)")
                .param("username", username)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    int attemptsSince(String username, Instant since) {
        return jdbc.sql("select count(*) from sign_in_attempt where username = :username and attempted_at > :since")
                .param("username", username)
                .param("since", since.atOffset(ZoneOffset.UTC))
                .query(Integer.class)
                .single();
    }

    void forgetAttempt(long id) {
        jdbc.sql("delete from sign_in_attempt where id = :id").param("id", id).update();
    }

    void clearAttempts(String username) {
        jdbc.sql("delete from sign_in_attempt where username = :username")
                .param("username", username)
                .update();
    }

    private static UserRow userRow(ResultSet rs, int n) throws SQLException {
        return new UserRow(
                new UserId(rs.getObject("id", UUID.class)),
                new CompanyId(rs.getObject("company_id", UUID.class)),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"),
                rs.getString("password_hash"));
    }
}
