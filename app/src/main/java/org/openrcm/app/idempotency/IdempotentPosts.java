package org.openrcm.app.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.identity.Actor;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.kernel.Refused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a POST at most once per {@code Idempotency-Key} of the signed-in user. The first request reserves the key,
 * does the work and keeps its answer (status and JSON body); the same key with the same request gets that answer
 * again, {@link Answer#replayed() replayed}, without doing the work twice. Refused: IDEMPOTENCY_KEY_REQUIRED (no or
 * blank key, 400), IDEMPOTENCY_KEY_REUSED (the key was used for another request, 409), IDEMPOTENCY_KEY_IN_USE (the
 * first request with the key is still running, 409). A refused or failed piece of work keeps no answer: the key is
 * free again, so the caller may fix the request and send it with the same key.
 *
 * <p>The reservation, the work and the answer are three transactions: the work keeps its own transaction rules
 * (a refused encounter keeps its audit event), and a reservation is visible to a second request at once.
 */
@Service
public class IdempotentPosts {
    /** The longest key accepted. */
    public static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyRepository repository;
    private final CurrentActor current;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentPosts(IdempotencyRepository repository, CurrentActor current, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.current = current;
        this.json = json;
        this.clock = clock;
    }

    /** The answer to a POST: its HTTP status, its JSON body, and whether it is the stored answer of an earlier one. */
    public record Answer(int status, String body, boolean replayed) {
        /** The answer as sent: its status, the JSON body, and {@code Idempotent-Replayed: true} when replayed. */
        public ResponseEntity<String> response() {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotent-Replayed", Boolean.toString(replayed))
                    .body(body);
        }
    }

    /**
     * Does {@code work} once for {@code key}, or gives its stored answer again.
     *
     * @param operation what is posted, with its path ids ("POST /api/encounters"): one key serves one operation
     * @param request the request body (null when the POST has none); compared by its JSON form
     * @param status the status of a first answer (201, 200)
     * @param resourceId the id of what the work made, kept with the answer for support
     */
    public <T> Answer run(
            @Nullable String key,
            String operation,
            @Nullable Object request,
            int status,
            Supplier<T> work,
            Function<T, @Nullable String> resourceId) {
        String k = checked(key);
        Actor actor = current.actor();
        if (actor.userId() == null) {
            throw new IllegalStateException("idempotency keys belong to a signed-in user");
        }
        UUID user = actor.userId().value();
        String sha = sha256(operation + "\n" + (request == null ? "" : json.writeValueAsString(request)));
        Optional<IdempotencyRepository.Row> stored = repository.find(user, k);
        if (stored.isPresent()) {
            return replay(stored.get(), operation, sha);
        }
        try {
            repository.reserve(
                    actor.companyId() == null ? null : actor.companyId().value(),
                    user,
                    k,
                    operation,
                    sha,
                    clock.instant());
        } catch (DuplicateKeyException raced) {
            return replay(repository.find(user, k).orElseThrow(() -> inUse()), operation, sha);
        }
        T result;
        String body;
        try {
            result = work.get();
            body = json.writeValueAsString(result);
        } catch (RuntimeException e) {
            repository.release(user, k);
            throw e;
        }
        repository.complete(user, k, status, resourceId.apply(result), body);
        return new Answer(status, body, false);
    }

    private static Answer replay(IdempotencyRepository.Row row, String operation, String sha) {
        if (!row.operation().equals(operation) || !row.requestSha256().equals(sha)) {
            throw Refused.conflict(
                    "IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was already used for another request; send a new key with each new"
                            + " request.");
        }
        if (row.status() == 0 || row.body() == null) {
            throw inUse();
        }
        return new Answer(row.status(), row.body(), true);
    }

    private static Refused inUse() {
        return Refused.conflict(
                "IDEMPOTENCY_KEY_IN_USE",
                "The first request with this Idempotency-Key is still running; wait for it, then send the request"
                        + " again.");
    }

    private static String checked(@Nullable String key) {
        if (key == null || key.isBlank()) {
            throw Refused.invalid(
                    "IDEMPOTENCY_KEY_REQUIRED",
                    "Send an Idempotency-Key header (a new random value per request, such as a UUID) with this POST.");
        }
        String k = key.strip();
        if (k.length() > MAX_KEY_LENGTH) {
            throw Refused.invalid(
                    "IDEMPOTENCY_KEY_TOO_LONG", "Keep the Idempotency-Key under " + MAX_KEY_LENGTH + " characters.");
        }
        return k;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
