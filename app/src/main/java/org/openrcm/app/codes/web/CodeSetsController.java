package org.openrcm.app.codes.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.codes.CodeLibrary;
import org.openrcm.app.codes.ReleaseOverview;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Code sets pages (releases imported, how to load the official ones, release diffs) and the pieces of the code
 * lookup panel every page carries: the type-ahead list and a code's card. Code lookups hold no patient data, so they
 * are plain GETs.
 */
@Controller
class CodeSetsController {
    static final int SUGGESTIONS = 12;

    private final CodeLibrary codes;
    private final Clock clock;

    CodeSetsController(CodeLibrary codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    @GetMapping("/codes")
    String sets(Model model) {
        List<ReleaseOverview> releases = codes.overview();
        Map<CodeSystem, List<ReleaseOverview>> bySystem = new LinkedHashMap<>();
        for (ReleaseOverview r : releases) {
            bySystem.computeIfAbsent(r.system(), s -> new ArrayList<>()).add(r);
        }
        model.addAttribute("bySystem", bySystem);
        model.addAttribute("starter", releases.stream().anyMatch(ReleaseOverview::starter));
        model.addAttribute("comparable", comparable(bySystem));
        model.addAttribute("ncci", codes.ncciQuarters());
        return "codes/sets";
    }

    /**
     * What changed between two releases of a system; without a choice, the latest release against the one before it
     * (a choice of another system's releases falls back the same way).
     */
    @GetMapping("/codes/diff")
    String diff(
            @RequestParam(required = false) @Nullable String system,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model) {
        Map<CodeSystem, List<ReleaseOverview>> bySystem = new LinkedHashMap<>();
        for (ReleaseOverview r : codes.overview()) {
            bySystem.computeIfAbsent(r.system(), s -> new ArrayList<>()).add(r);
        }
        List<CodeSystem> comparable = comparable(bySystem);
        model.addAttribute("comparable", comparable);
        model.addAttribute("bySystem", bySystem);
        CodeSystem chosen = system == null || system.isBlank()
                ? (comparable.contains(CodeSystem.ICD10CM)
                        ? CodeSystem.ICD10CM
                        : comparable.isEmpty() ? CodeSystem.ICD10CM : comparable.getFirst())
                : CodeRequests.system(system);
        List<ReleaseOverview> releases = bySystem.getOrDefault(chosen, List.of());
        model.addAttribute("system", chosen);
        model.addAttribute("releases", releases);
        if (releases.size() < 2) {
            model.addAttribute("diff", null);
            return "codes/diff";
        }
        String toId = has(releases, to) ? to : releases.getLast().id();
        if (releases.getFirst().id().equalsIgnoreCase(toId) && !has(releases, from)) {
            toId = releases.get(1).id(); // nothing is before the first release: compare the next one with it
        }
        String fromId = has(releases, from) && !from.equalsIgnoreCase(toId) ? from : before(releases, toId);
        model.addAttribute("fromId", fromId);
        model.addAttribute("toId", toId);
        // A choice that could not be taken as asked is said, not silently replaced.
        List<String> asked = new ArrayList<>();
        if (from != null && !from.isBlank() && !from.equalsIgnoreCase(fromId)) {
            asked.add(has(releases, from) ? from + " is the release compared to" : "there is no release " + from);
        }
        if (to != null && !to.isBlank() && !to.equalsIgnoreCase(toId)) {
            asked.add("there is no release " + to);
        }
        model.addAttribute(
                "adjusted",
                asked.isEmpty() ? null : "Showing " + fromId + " → " + toId + ": " + String.join("; ", asked) + ".");
        model.addAttribute("diff", codes.diff(chosen, fromId, toId));
        return "codes/diff";
    }

    /** The type-ahead list of the lookup panel. */
    @GetMapping("/codes/suggest")
    String suggest(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String system,
            @RequestParam(required = false) @Nullable String on,
            Model model) {
        model.addAttribute("query", q);
        model.addAttribute(
                "suggestions",
                codes.suggest(q, CodeRequests.systemOrAll(system), CodeRequests.date(on, clock), SUGGESTIONS));
        return "codes/lookup :: suggestions";
    }

    /** A code's card: in the lookup panel (htmx), or as a page of its own when opened by address. */
    @GetMapping("/codes/card")
    String card(
            @RequestParam(defaultValue = "") String system,
            @RequestParam String code,
            @RequestParam(required = false) @Nullable String on,
            HttpServletRequest request,
            Model model) {
        LocalDate date = CodeRequests.date(on, clock);
        // With no system chosen, the code is taken in the first system that has it on the date (ICD-10-CM first).
        CodeSystem s = system.isBlank()
                ? codes.systemHolding(code, date).orElse(CodeSystem.ICD10CM)
                : CodeRequests.system(system);
        model.addAttribute("asked", code);
        model.addAttribute("askedSystem", s);
        model.addAttribute("on", date);
        model.addAttribute("card", codes.card(s, code, date).orElse(null));
        model.addAttribute("inForce", codes.releaseOn(s, date).map(Release::id).orElse(null));
        model.addAttribute("starterInForce", codes.isStarter(s, date));
        model.addAttribute(
                "holding",
                codes.releasesHolding(s, code).stream().map(Release::id).toList());
        return request.getHeader("HX-Request") != null ? "codes/lookup :: card" : "codes/code";
    }

    private static List<CodeSystem> comparable(Map<CodeSystem, List<ReleaseOverview>> bySystem) {
        return bySystem.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static boolean has(List<ReleaseOverview> releases, @Nullable String id) {
        return id != null && releases.stream().anyMatch(r -> r.id().equalsIgnoreCase(id));
    }

    private static String before(List<ReleaseOverview> releases, String toId) {
        for (int i = releases.size() - 1; i > 0; i--) {
            if (releases.get(i).id().equalsIgnoreCase(toId)) {
                return releases.get(i - 1).id();
            }
        }
        return releases.getFirst().id();
    }
}
