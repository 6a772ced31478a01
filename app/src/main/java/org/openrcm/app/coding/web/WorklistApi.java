package org.openrcm.app.coding.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.coding.Coding;
import org.openrcm.app.coding.WorklistRow;
import org.openrcm.app.idempotency.IdempotentPosts;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.identity.Role;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.ProviderId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.kernel.UserId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: the coding worklist (coders, managers, administrators) and the assignment of an encounter to a coder. The
 * assignment needs an {@code Idempotency-Key}, so a retried POST answers as the first one did.
 */
@RestController
class WorklistApi {
    private final Coding coding;
    private final CurrentActor current;
    private final IdempotentPosts posts;

    WorklistApi(Coding coding, CurrentActor current, IdempotentPosts posts) {
        this.coding = coding;
        this.current = current;
        this.posts = posts;
    }

    /** The coder to assign; absent means the caller takes it for themselves. */
    record AssignmentRequest(@Nullable String coder) {}

    @GetMapping("/api/coding/worklist")
    List<WorklistRow> worklist(
            @RequestParam(name = "practice", required = false) @Nullable String practice,
            @RequestParam(name = "provider", required = false) @Nullable String provider,
            @RequestParam(name = "specialty", required = false) @Nullable String specialty,
            @RequestParam(name = "assignee", required = false) @Nullable String assignee) {
        mayCode();
        return coding.worklist(
                blank(practice) ? null : PracticeId.parse(practice),
                blank(provider) ? null : ProviderId.parse(provider),
                blank(specialty) ? null : specialty,
                blank(assignee) ? null : UserId.parse(assignee));
    }

    @PostMapping("/api/encounters/{id}/assignment")
    ResponseEntity<String> assign(
            @PathVariable String id,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @RequestBody(required = false) @Nullable AssignmentRequest request) {
        mayCode();
        EncounterId encounter = EncounterId.parse(id);
        String coder = request == null ? null : request.coder();
        UserId who = blank(coder) ? current.actor().userId() : UserId.parse(coder);
        if (who == null) {
            throw Refused.invalid("CODER_REQUIRED", "Name the coder to assign.");
        }
        return posts.run(
                        key,
                        "POST /api/encounters/" + encounter + "/assignment",
                        request,
                        200,
                        () -> coding.assign(encounter, who),
                        assignment -> assignment.encounter().toString())
                .response();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private void mayCode() {
        Role role = current.actor().role();
        if (role != Role.CODER && role != Role.MANAGER && role != Role.ADMIN) {
            throw new Refused(
                    "FORBIDDEN", 403, "Only a coder, a manager or an administrator works the coding worklist.");
        }
    }
}
