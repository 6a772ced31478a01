package org.openrcm.app.codes.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.codes.CodeLibrary;
import org.openrcm.app.codes.ReleaseOverview;
import org.openrcm.app.codes.Suggestion;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.ReleaseDiff;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: code sets, read-only for every signed-in role. A code as it was on a date of service, the releases imported,
 * what changed between two releases, and the type-ahead.
 */
@RestController
@RequestMapping("/api/codes")
class CodeApi {
    private final CodeLibrary codes;
    private final Clock clock;

    CodeApi(CodeLibrary codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    record ReleaseRef(String id, LocalDate effective) {
        static ReleaseRef of(Release r) {
            return new ReleaseRef(r.id(), r.effective());
        }
    }

    record CodeLine(String code, String value, String title, boolean billable) {
        static CodeLine of(Code c) {
            return new CodeLine(c.display(), c.value(), c.longTitle(), c.billable());
        }
    }

    record Retitled(String code, String value, String before, String after) {}

    record Counts(int added, int deleted, int retitled) {}

    record Diff(
            CodeSystem system,
            String systemLabel,
            ReleaseRef from,
            ReleaseRef to,
            Counts counts,
            List<CodeLine> added,
            List<CodeLine> deleted,
            List<Retitled> retitled) {}

    /** A code as the release in force on the date of service ({@code on}, default today) has it; else a 404 problem. */
    @GetMapping("/{system}/{code}")
    ResponseEntity<?> lookup(
            @PathVariable String system,
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String on,
            HttpServletRequest request) {
        CodeSystem s = CodeRequests.system(system);
        LocalDate date = CodeRequests.date(on, clock);
        var card = codes.card(s, code, date);
        if (card.isPresent()) {
            return ResponseEntity.ok(card.get());
        }
        Release inForce = codes.releaseOn(s, date).orElse(null);
        String detail = inForce == null
                ? "No " + s.label() + " release in force on " + date + " has been imported."
                : code + " is not a code of " + s.label() + " " + inForce.id() + ", in force on " + date + ".";
        List<ReleaseRef> holding =
                codes.releasesHolding(s, code).stream().map(ReleaseRef::of).toList();
        if (!holding.isEmpty()) {
            detail += " It is in "
                    + String.join(", ", holding.stream().map(ReleaseRef::id).toList()) + ".";
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setProperty("code", inForce == null ? "CODES_NO_RELEASE" : "CODE_UNKNOWN");
        problem.setProperty("releases", holding);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @GetMapping("/releases")
    List<ReleaseOverview> releases() {
        return codes.overview();
    }

    @GetMapping("/diff")
    Diff diff(
            @RequestParam(defaultValue = "icd10cm") String system, @RequestParam String from, @RequestParam String to) {
        CodeSystem s = CodeRequests.system(system);
        ReleaseDiff d = codes.diff(s, from, to);
        return new Diff(
                s,
                s.label(),
                ReleaseRef.of(d.from()),
                ReleaseRef.of(d.to()),
                new Counts(d.added().size(), d.deleted().size(), d.retitled().size()),
                d.added().stream().map(CodeLine::of).toList(),
                d.deleted().stream().map(CodeLine::of).toList(),
                d.retitled().stream()
                        .map(r -> new Retitled(
                                r.after().display(),
                                r.after().value(),
                                r.before().longTitle(),
                                r.after().longTitle()))
                        .toList());
    }

    /**
     * Search: codes ranked for words, from titles, inclusion terms and index paths, abbreviations and typos tolerated;
     * each with the reason it matched.
     */
    @GetMapping("/search")
    List<Suggestion> search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String system,
            @RequestParam(required = false) @Nullable String on,
            @RequestParam(defaultValue = "20") int limit) {
        return codes.search(q, CodeRequests.systemOrAll(system), CodeRequests.date(on, clock), limit);
    }

    /** Type-ahead: the code typed and the codes under it, then codes whose titles, terms or index paths match. */
    @GetMapping("/suggest")
    List<Suggestion> suggest(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String system,
            @RequestParam(required = false) @Nullable String on,
            @RequestParam(defaultValue = "10") int limit) {
        return codes.suggest(q, CodeRequests.systemOrAll(system), CodeRequests.date(on, clock), limit);
    }
}
