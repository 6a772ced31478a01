package org.openrcm.app.claim;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.openrcm.app.claim.batch.BatchWriter.BatchFile;
import org.openrcm.app.claim.batch.ControlNumbers;
import org.openrcm.app.identity.AccessScope;
import org.openrcm.app.kernel.BatchId;
import org.openrcm.app.kernel.PracticeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored 837 files of claim batches and the per-sender control number counters (V11). */
@Repository
class ClaimBatchRepository {
    private static final String COLUMNS = "id, practice_id, payer_id, payer_name, sender_id, receiver_id, file_name,"
            + " isa13, gs06, st02, production, claim_count, total_charge, sha256, created_at, created_by";

    private final JdbcClient jdbc;

    ClaimBatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The sender's next control number: the counter row is updated in the caller's transaction, so its lock keeps
     * any other batch of the sender waiting until this one commits (or rolls back, giving the number back). After
     * 999,999,999 the counter starts again at 1, as X12 allows once the old interchanges are long gone.
     */
    long nextControlNumber(String senderId) {
        jdbc.sql("insert into x12_control_number (sender_id, last_issued) values (:sender, 0) on conflict do nothing")
                .param("sender", senderId)
                .update();
        jdbc.sql("update x12_control_number set last_issued = case when last_issued >= 999999999 then 1"
                        + " else last_issued + 1 end where sender_id = :sender")
                .param("sender", senderId)
                .update();
        return jdbc.sql("select last_issued from x12_control_number where sender_id = :sender")
                .param("sender", senderId)
                .query(Long.class)
                .single();
    }

    /** Control numbers from the sender's counter: one number for ISA13, GS06 and ST02 of each file. */
    ControlNumbers controlNumbers(String senderId) {
        return () -> {
            long n = nextControlNumber(senderId);
            return new ControlNumbers.Envelope(n, n, n);
        };
    }

    void insert(
            BatchId id,
            PracticeId practice,
            String senderId,
            boolean production,
            BatchFile file,
            String sha256,
            Instant at,
            String by) {
        jdbc.sql("insert into claim_batch_file (" + COLUMNS + ", size_bytes, content_gzip) values (:id, :practice,"
                        + " :payer, :payerName, :sender, :receiver, :fileName, :isa13, :gs06, :st02, :production,"
                        + " :claims, :total, :sha, :at, :by, :size, :content)")
                .param("id", id.value())
                .param("practice", practice.value())
                .param("payer", file.payerId())
                .param("payerName", file.payerName())
                .param("sender", senderId)
                .param("receiver", file.receiverId())
                .param("fileName", file.fileName())
                .param("isa13", file.interchangeControlNumber())
                .param("gs06", file.groupControlNumber())
                .param("st02", file.transactionSetControlNumber())
                .param("production", production)
                .param("claims", file.claimIds().size())
                .param("total", file.totalCharge())
                .param("sha", sha256)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .param("size", (long) file.content().length)
                .param("content", gzip(file.content()))
                .update();
    }

    /** The practice's files, newest first, at most {@code limit}. */
    List<StoredBatchFile> list(AccessScope scope, PracticeId practice, int limit) {
        if (!scope.includes(practice)) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from claim_batch_file where practice_id = :practice"
                        + " order by created_at desc, isa13 desc limit :limit")
                .param("practice", practice.value())
                .param("limit", limit)
                .query(ClaimBatchRepository::row)
                .list();
    }

    Optional<StoredBatchFile> find(AccessScope scope, BatchId id) {
        return jdbc.sql("select " + COLUMNS + " from claim_batch_file where id = :id and practice_id in (:scope)")
                .param("id", id.value())
                .param("scope", scope.sqlValues())
                .query(ClaimBatchRepository::row)
                .optional();
    }

    Optional<byte[]> content(AccessScope scope, BatchId id) {
        return jdbc.sql("select content_gzip from claim_batch_file where id = :id and practice_id in (:scope)")
                .param("id", id.value())
                .param("scope", scope.sqlValues())
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .map(ClaimBatchRepository::gunzip);
    }

    private static StoredBatchFile row(ResultSet rs, int n) throws SQLException {
        return new StoredBatchFile(
                new BatchId(rs.getObject("id", UUID.class)),
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                rs.getString("payer_id"),
                rs.getString("payer_name"),
                rs.getString("sender_id"),
                rs.getString("receiver_id"),
                rs.getString("file_name"),
                rs.getString("isa13"),
                rs.getString("gs06"),
                rs.getString("st02"),
                rs.getBoolean("production"),
                rs.getInt("claim_count"),
                rs.getBigDecimal("total_charge").setScale(2),
                rs.getString("sha256"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"));
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] gz) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
