package org.openrcm.app.claim;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.audit.AuditAction;
import org.openrcm.app.audit.AuditEntry;
import org.openrcm.app.audit.AuditLog;
import org.openrcm.app.claim.batch.BatchWriter;
import org.openrcm.app.claim.batch.BatchWriter.BatchFile;
import org.openrcm.app.claim.batch.ProfessionalClaimMapper;
import org.openrcm.app.identity.Actor;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.kernel.BatchId;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.ValidationReport;
import org.openrcm.x12.validate.X12Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claim batches from the database: a practice's READY claims written as 837P files (one per payer, or one for the
 * clearinghouse given as receiver), each file stored with its control numbers and its claims moved to BATCHED with the
 * file's id as their batch, all in one transaction.
 *
 * <p>A READY claim an 837P cannot carry as it is (a field missing) is left out and stays READY, reported with the
 * fields to complete: a biller expects the clean claims to go out today and the odd incomplete one on their list,
 * not one claim holding back the whole practice. Control numbers come from a counter per sender (ISA06) in the
 * database, taken only once every claim is mapped and under the counter row's lock, so two batches (on two nodes)
 * never share a number and a batch that fails uses none.
 */
@Service
public class ClaimBatches {
    /** The most files one listing returns. */
    public static final int LIST_LIMIT = 200;

    private final Claims claims;
    private final ClaimBatchRepository repository;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;

    ClaimBatches(Claims claims, ClaimBatchRepository repository, CurrentActor current, AuditLog audit, Clock clock) {
        this.claims = claims;
        this.repository = repository;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@link #batchReady(PracticeId, BatchWriter.Submitter, BatchWriter.Receiver, boolean)} to each payer, as test data. */
    @Transactional
    public BatchRun batchReady(PracticeId practice, BatchWriter.Submitter submitter) {
        return batchReady(practice, submitter, null, false);
    }

    /**
     * Batches the practice's READY claims, oldest first, at most {@link Claims#LIST_LIMIT} per call (call again for
     * more). No READY claim, or none an 837P can carry, stores nothing and uses no control number.
     *
     * @param receiver the clearinghouse all files go to, or {@code null} to send each payer its own file
     * @param production ISA15 P rather than T
     */
    @Transactional
    public BatchRun batchReady(
            PracticeId practice,
            BatchWriter.Submitter submitter,
            BatchWriter.@Nullable Receiver receiver,
            boolean production) {
        if (!current.scope().includes(practice)) {
            throw Refused.notFound("practice");
        }
        Map<String, ClaimId> byClaimNumber = new LinkedHashMap<>();
        List<org.openrcm.edits.claim.Claim> writable = new ArrayList<>();
        List<BatchRun.Skipped> skipped = new ArrayList<>();
        for (ClaimSummary s : claims.inStatus(practice, ClaimStatus.READY)) {
            org.openrcm.edits.claim.Claim canonical = claims.toCanonical(s.id());
            try {
                ProfessionalClaimMapper.toX12(canonical);
            } catch (Refused r) {
                skipped.add(new BatchRun.Skipped(s.id(), r.getMessage()));
                continue;
            }
            byClaimNumber.put(canonical.id(), s.id());
            writable.add(canonical);
        }
        if (writable.isEmpty()) {
            return new BatchRun(List.of(), skipped);
        }
        BatchWriter writer =
                new BatchWriter(submitter, receiver, repository.controlNumbers(submitter.id()), clock, production);
        Instant at = clock.instant();
        String by = by();
        List<StoredBatchFile> stored = new ArrayList<>();
        for (BatchFile file : writer.write(writable)) {
            check(file);
            BatchId id = BatchId.random();
            repository.insert(id, practice, submitter.id(), production, file, sha256(file.content()), at, by);
            claims.batchAll(file.claimIds().stream().map(byClaimNumber::get).toList(), id);
            audit.record(AuditEntry.of(AuditAction.CREATE, "CLAIM_BATCH_FILE", id)
                    .practice(practice)
                    .detail(file.fileName() + ": " + file.claimIds().size() + " claims"));
            stored.add(repository.find(current.scope(), id).orElseThrow());
        }
        return new BatchRun(stored, skipped);
    }

    /** The practice's stored files, newest first, at most {@link #LIST_LIMIT}; empty outside the actor's practices. */
    @Transactional(readOnly = true)
    public List<StoredBatchFile> files(PracticeId practice) {
        return repository.list(current.scope(), practice, LIST_LIMIT);
    }

    /** One stored file, or empty when it does not exist or is outside the actor's practices. */
    @Transactional(readOnly = true)
    public Optional<StoredBatchFile> file(BatchId id) {
        return repository.find(current.scope(), id);
    }

    /** The bytes of a stored file exactly as written (the sha256 of the listing is theirs). */
    @Transactional
    public Optional<byte[]> content(BatchId id) {
        Optional<StoredBatchFile> file = repository.find(current.scope(), id);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        audit.record(AuditEntry.of(AuditAction.READ, "CLAIM_BATCH_FILE", id)
                .practice(file.get().practice())
                .detail(file.get().fileName()));
        return repository.content(current.scope(), id);
    }

    /** A file the X12 validator faults is a defect of the writer: nothing of the batch is stored. */
    private static void check(BatchFile f) {
        ValidationReport report = new X12Validator().validate(new ByteArrayInputStream(f.content()), f.fileName());
        if (!report.valid()) {
            Finding first = report.findings().stream()
                    .filter(Finding::isError)
                    .findFirst()
                    .orElse(null);
            throw new IllegalStateException(f.fileName() + " failed X12 validation, so the batch was not stored: "
                    + (first == null
                            ? report.errorCount() + " errors"
                            : first.code() + " at " + first.where() + " in loop " + first.loop()));
        }
    }

    private String by() {
        Actor actor = current.actor();
        return actor.userId() == null ? actor.username() : actor.userId().toString();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
