package org.openrcm.app.claim;

import java.math.BigDecimal;
import java.time.Instant;
import org.openrcm.app.kernel.BatchId;
import org.openrcm.app.kernel.PracticeId;

/**
 * One stored 837P file of a claim batch, without its bytes ({@link ClaimBatches#content} gives them): what a biller
 * checks before sending it and what a 999 or 277CA answering it names (ISA13, GS06, ST02). The claims of the file
 * carry its {@link #id()} as their batch.
 */
public record StoredBatchFile(
        BatchId id,
        PracticeId practice,
        String payerId,
        String payerName,
        String senderId,
        String receiverId,
        String fileName,
        String interchangeControlNumber,
        String groupControlNumber,
        String transactionSetControlNumber,
        boolean production,
        int claimCount,
        BigDecimal totalCharge,
        String sha256,
        Instant createdAt,
        String createdBy) {}
