package org.openrcm.app.claim.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.claim.ClaimBatches;
import org.openrcm.app.claim.ClaimFinding;
import org.openrcm.app.claim.ClaimScrubGate;
import org.openrcm.app.claim.ClaimStatus;
import org.openrcm.app.claim.ClaimSummary;
import org.openrcm.app.claim.ClaimView;
import org.openrcm.app.claim.Claims;
import org.openrcm.app.claim.StoredBatchFile;
import org.openrcm.app.claim.batch.BatchWriter;
import org.openrcm.app.claim.form.Cms1500Form;
import org.openrcm.app.idempotency.IdempotentPosts;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.identity.Role;
import org.openrcm.app.kernel.BatchId;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.practice.PracticeView;
import org.openrcm.app.practice.Practices;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: claims, their findings, the CMS-1500 form, and batches. Every signed-in role reads claims of its practices
 * (others are 404, as everywhere); overriding a finding follows the finding's route (checked by the scrub gate);
 * billers (and managers, administrators) batch. Every POST needs an {@code Idempotency-Key}.
 */
@RestController
class ClaimApi {
    private final Claims claims;
    private final ClaimScrubGate gate;
    private final ClaimBatches batches;
    private final Practices practices;
    private final CurrentActor current;
    private final IdempotentPosts posts;
    private final Cms1500Form form = new Cms1500Form();

    ClaimApi(
            Claims claims,
            ClaimScrubGate gate,
            ClaimBatches batches,
            Practices practices,
            CurrentActor current,
            IdempotentPosts posts) {
        this.claims = claims;
        this.gate = gate;
        this.batches = batches;
        this.practices = practices;
        this.current = current;
        this.posts = posts;
    }

    /** A claim with the findings of its last scrub. */
    record ClaimDetails(ClaimView claim, List<ClaimFinding> findings) {}

    record OverrideRequest(@Nullable String reason) {}

    /** The submitter (1000A) and, optionally, the clearinghouse all files go to (else each payer gets its file). */
    record BatchRequest(
            @Nullable String sender,
            @Nullable String senderName,
            @Nullable String contactName,
            @Nullable String contactPhone,
            @Nullable String receiver,
            @Nullable String receiverName,
            @Nullable Boolean production) {}

    /** The practice's claims in one status (default READY), oldest first. */
    @GetMapping("/api/claims")
    List<ClaimSummary> list(@RequestParam String practice, @RequestParam(defaultValue = "READY") String status) {
        ClaimStatus wanted;
        try {
            wanted = ClaimStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refused.invalid("CLAIM_STATUS_UNKNOWN", "There is no claim status " + status + ".");
        }
        return claims.inStatus(practice(practice), wanted);
    }

    @GetMapping("/api/claims/{id}")
    ClaimDetails show(@PathVariable String id) {
        ClaimId claim = ClaimId.parse(id);
        ClaimView view = claims.find(claim).orElseThrow(() -> Refused.notFound("claim"));
        return new ClaimDetails(view, gate.findings(claim));
    }

    /** The claim on the CMS-1500 form, for plain paper. */
    @GetMapping(value = "/api/claims/{id}/cms1500.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> cms1500(@PathVariable String id) {
        ClaimId claim = ClaimId.parse(id);
        claims.find(claim).orElseThrow(() -> Refused.notFound("claim"));
        byte[] pdf = form.render(claims.toCanonical(claim));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("claim-" + claim + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    /** Overrides an error finding with a reason; the outcome says whether the claim is now READY. */
    @PostMapping("/api/claims/{id}/findings/{findingId}/override")
    ResponseEntity<String> override(
            @PathVariable String id,
            @PathVariable String findingId,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @RequestBody OverrideRequest request) {
        ClaimId claim = ClaimId.parse(id);
        UUID finding;
        try {
            finding = UUID.fromString(findingId);
        } catch (IllegalArgumentException e) {
            throw Refused.notFound("finding");
        }
        return posts.run(
                        key,
                        "POST /api/claims/" + claim + "/findings/" + finding + "/override",
                        request,
                        200,
                        () -> gate.override(claim, finding, request.reason()),
                        outcome -> outcome.claim().toString())
                .response();
    }

    /** Batches the practice's READY claims into stored 837P files; the run lists the files and the claims skipped. */
    @PostMapping("/api/practices/{code}/batches")
    ResponseEntity<String> batch(
            @PathVariable String code,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @RequestBody BatchRequest request) {
        Role role = current.actor().role();
        if (role != Role.BILLER && role != Role.MANAGER && role != Role.ADMIN) {
            throw new Refused("FORBIDDEN", 403, "Only a biller, a manager or an administrator batches claims.");
        }
        PracticeId practice = practice(code);
        BatchWriter.Submitter submitter;
        BatchWriter.@Nullable Receiver receiver;
        try {
            submitter = new BatchWriter.Submitter(
                    request.sender(),
                    request.senderName() != null ? request.senderName() : request.sender(),
                    request.contactName(),
                    request.contactPhone());
            receiver = request.receiver() == null
                    ? null
                    : new BatchWriter.Receiver(
                            request.receiver(),
                            request.receiverName() != null ? request.receiverName() : request.receiver());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Refused.invalid("SUBMITTER_INVALID", "The batch's sender is incomplete: " + e.getMessage() + ".");
        }
        return posts.run(
                        key,
                        "POST /api/practices/" + practice + "/batches",
                        request,
                        201,
                        () -> batches.batchReady(
                                practice, submitter, receiver, Boolean.TRUE.equals(request.production())),
                        run -> run.files().isEmpty()
                                ? null
                                : run.files().get(0).id().toString())
                .response();
    }

    /** The stored batch file (without its bytes). */
    @GetMapping("/api/batches/{id}")
    StoredBatchFile batchFile(@PathVariable String id) {
        return batches.file(BatchId.parse(id)).orElseThrow(() -> Refused.notFound("batch file"));
    }

    /** The 837P bytes exactly as stored. */
    @GetMapping("/api/batches/{id}/file")
    ResponseEntity<byte[]> batchContent(@PathVariable String id) {
        BatchId batch = BatchId.parse(id);
        StoredBatchFile file = batches.file(batch).orElseThrow(() -> Refused.notFound("batch file"));
        byte[] content = batches.content(batch).orElseThrow(() -> Refused.notFound("batch file"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/edi-x12"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .body(content);
    }

    /** A practice of the caller's by its code; any other code is "not found". */
    private PracticeId practice(String code) {
        PracticeId practice =
                practices.practiceByCode(code).map(PracticeView::id).orElseThrow(() -> Refused.notFound("practice"));
        if (!current.scope().includes(practice)) {
            throw Refused.notFound("practice");
        }
        return practice;
    }
}
