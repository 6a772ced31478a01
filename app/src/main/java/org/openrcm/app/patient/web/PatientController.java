package org.openrcm.app.patient.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.patient.PatientPage;
import org.openrcm.app.patient.PatientSearch;
import org.openrcm.app.patient.Patients;
import org.openrcm.app.practice.Practices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Patient pages. Searches are POSTed, so what is typed (names, birth dates) never lands in an address, a browser
 * history or an access log; patient pages are addressed by opaque id only.
 */
@Controller
class PatientController {
    private static final int QUICK_RESULTS = 8;

    private final Patients patients;
    private final Practices practices;
    private final Clock clock;

    PatientController(Patients patients, Practices practices, Clock clock) {
        this.patients = patients;
        this.practices = practices;
        this.clock = clock;
    }

    @GetMapping("/patients")
    String list(Model model) {
        return results(PatientSearch.parse(""), 0, "", model, "patient/list");
    }

    @PostMapping("/patients/search")
    String search(
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "offset", defaultValue = "0") int offset,
            HttpServletRequest request,
            Model model) {
        String view = request.getHeader("HX-Request") != null ? "patient/list :: results" : "patient/list";
        return results(PatientSearch.parse(q), offset, q, model, view);
    }

    /** The header's type-ahead: the first few matches as links. */
    @PostMapping("/patients/quick-search")
    String quickSearch(@RequestParam(name = "q", defaultValue = "") String q, Model model) {
        PatientSearch search = PatientSearch.parse(q);
        model.addAttribute("query", q);
        model.addAttribute(
                "matches", search.isEmpty() ? java.util.List.of() : patients.quickSearch(search, QUICK_RESULTS));
        return "patient/quick :: matches";
    }

    @GetMapping("/patients/{id}")
    String show(@PathVariable String id, Model model) {
        var patient = patients.find(PatientId.parse(id)).orElseThrow(() -> Refused.notFound("patient"));
        model.addAttribute("patient", patient);
        model.addAttribute("today", LocalDate.now(clock));
        return "patient/show";
    }

    private String results(PatientSearch search, int offset, String q, Model model, String view) {
        PatientPage page = patients.search(search, offset);
        model.addAttribute("page", page);
        model.addAttribute("query", q);
        model.addAttribute(
                "practiceNames",
                practices.practices().stream().collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p.code())));
        model.addAttribute("today", LocalDate.now(clock));
        return view;
    }
}
