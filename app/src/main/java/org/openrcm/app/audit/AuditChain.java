package org.openrcm.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash of an audit row: SHA-256 over a version tag, the previous row's hash and every stored field in a fixed
 * order, each written as {@code length:value} (null as {@code -}) so that no two different rows encode alike.
 * Pure and thread-safe; the same rules serve writing and verifying.
 */
final class AuditChain {
    /** The "previous hash" of event #1. */
    static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "openrcm-audit-v1";

    private AuditChain() {}

    /** The instant as stored: both PostgreSQL and H2 keep microseconds. */
    static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String hash(AuditEvent e) {
        StringBuilder text = new StringBuilder(256).append(VERSION);
        field(text, e.previousHash());
        field(text, Long.toString(e.seq()));
        field(text, DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()));
        field(text, e.companyId());
        field(text, e.practiceId());
        field(text, e.actorId());
        field(text, e.actorName());
        field(text, e.action().name());
        field(text, e.entityType());
        field(text, e.entityId());
        field(text, e.patientId());
        field(text, e.outcome().name());
        field(text, e.clientAddress());
        field(text, e.detail());
        return HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void field(StringBuilder text, @Nullable Object value) {
        text.append('|');
        if (value == null) {
            text.append('-');
        } else {
            String s = value.toString();
            text.append(s.length()).append(':').append(s);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
