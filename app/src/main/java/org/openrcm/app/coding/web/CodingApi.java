package org.openrcm.app.coding.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.coding.CodedLine;
import org.openrcm.app.coding.Coding;
import org.openrcm.app.coding.CodingView;
import org.openrcm.app.coding.EncounterCoding;
import org.openrcm.app.idempotency.IdempotentPosts;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.identity.Role;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.Refused;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: the coding of an encounter. Coders (and managers, administrators) save codes and finish the coding, which
 * prices the lines and makes the claim; every signed-in role may read a coding. Finishing needs an
 * {@code Idempotency-Key}, so a retried finish answers with the claim it made the first time.
 */
@RestController
@RequestMapping("/api/encounters/{id}/coding")
class CodingApi {
    private final Coding coding;
    private final CurrentActor current;
    private final IdempotentPosts posts;

    CodingApi(Coding coding, CurrentActor current, IdempotentPosts posts) {
        this.coding = coding;
        this.current = current;
        this.posts = posts;
    }

    /** A service line as sent; checked by {@link CodedLine}, so a bad shape is a 400 problem naming the line. */
    record LineRequest(
            @Nullable String procedure,
            @Nullable List<String> modifiers,
            @Nullable BigDecimal units,
            @Nullable List<Integer> pointers,
            @Nullable LocalDate serviceDate) {

        CodedLine line() {
            if (procedure == null || pointers == null) {
                throw Refused.invalid("LINE_INCOMPLETE", "Send the procedure and the pointers of every line.");
            }
            return new CodedLine(
                    procedure,
                    modifiers == null ? List.of() : modifiers,
                    units == null ? BigDecimal.ONE : units,
                    pointers,
                    serviceDate);
        }
    }

    record CodingRequest(
            @Nullable List<String> diagnoses, @Nullable List<LineRequest> lines) {
        EncounterCoding coding() {
            return new EncounterCoding(
                    diagnoses == null ? List.of() : diagnoses,
                    lines == null
                            ? List.of()
                            : lines.stream().map(LineRequest::line).toList());
        }
    }

    @PutMapping
    CodingView save(@PathVariable String id, @RequestBody CodingRequest request) {
        mayCode();
        return coding.code(EncounterId.parse(id), request.coding());
    }

    @GetMapping
    CodingView show(@PathVariable String id) {
        return coding.view(EncounterId.parse(id)).orElseThrow(() -> Refused.notFound("coding"));
    }

    /** Finishes the coding: the claim made, its status after the scrub, its findings and each line's price source. */
    @PostMapping("/finish")
    ResponseEntity<String> finish(
            @PathVariable String id, @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        mayCode();
        EncounterId encounter = EncounterId.parse(id);
        return posts.run(
                        key,
                        "POST /api/encounters/" + encounter + "/coding/finish",
                        null,
                        201,
                        () -> coding.finish(encounter),
                        outcome -> outcome.claim().toString())
                .response();
    }

    private void mayCode() {
        Role role = current.actor().role();
        if (role != Role.CODER && role != Role.MANAGER && role != Role.ADMIN) {
            throw new Refused("FORBIDDEN", 403, "Only a coder, a manager or an administrator codes an encounter.");
        }
    }
}
