package org.openrcm.app.idempotency;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The idempotency_key table (V12); rows are keyed by the user who sent the key. */
@Repository
class IdempotencyRepository {
    private final JdbcClient jdbc;

    IdempotencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            String operation,
            String requestSha256,
            int status,
            @Nullable String body) {}

    Optional<Row> find(UUID user, String key) {
        return jdbc.sql("""
                        select operation, request_sha256, response_status, response_body
                          from idempotency_key where user_id = :user and idem_key = :key""")
                .param("user", user)
                .param("key", key)
                .query((rs, n) -> new Row(
                        rs.getString("operation"),
                        rs.getString("request_sha256"),
                        rs.getInt("response_status"),
                        rs.getString("response_body")))
                .optional();
    }

    /** Reserves the key (status 0); fails with a duplicate-key error when the key is already taken. */
    void reserve(@Nullable UUID company, UUID user, String key, String operation, String sha256, Instant now) {
        jdbc.sql("""
                        insert into idempotency_key (company_id, user_id, idem_key, operation, request_sha256,
                                                     response_status, created_at)
                        values (:company, :user, :key, :operation, :sha, 0, :now)""")
                .param("company", company)
                .param("user", user)
                .param("key", key)
                .param("operation", operation)
                .param("sha", sha256)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    void complete(UUID user, String key, int status, @Nullable String resourceId, String body) {
        jdbc.sql("""
                        update idempotency_key set response_status = :status, resource_id = :resource,
                                                   response_body = :body
                         where user_id = :user and idem_key = :key""")
                .param("status", status)
                .param("resource", resourceId)
                .param("body", body)
                .param("user", user)
                .param("key", key)
                .update();
    }

    void release(UUID user, String key) {
        jdbc.sql("delete from idempotency_key where user_id = :user and idem_key = :key and response_status = 0")
                .param("user", user)
                .param("key", key)
                .update();
    }
}
