package org.openrcm.app.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.audit.AuditEvent;
import org.openrcm.app.audit.AuditLog;
import org.openrcm.app.audit.AuditQuery;
import org.openrcm.app.audit.PatientDirectory;
import org.openrcm.app.identity.Identity;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.kernel.UserId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for managers: filter by user, patient and date range. Filters are POSTed (a patient's name is
 * typed there); the patient page links here with the patient's opaque id only.
 */
@Controller
class AuditController {
    private static final int PAGE = 100;

    private final AuditLog audit;
    private final Identity identity;
    private final PatientDirectory patients;

    AuditController(AuditLog audit, Identity identity, PatientDirectory patients) {
        this.audit = audit;
        this.identity = identity;
        this.patients = patients;
    }

    @GetMapping("/audit")
    String page(@RequestParam(name = "patient", required = false) @Nullable String patient, Model model) {
        Filters filters = new Filters("", "", "", "", patient == null ? "" : patient);
        model.addAttribute("users", identity.colleagues());
        fill(filters, null, model);
        return "audit/log";
    }

    @PostMapping("/audit/events")
    String events(
            @RequestParam(name = "user", defaultValue = "") String user,
            @RequestParam(name = "patientText", defaultValue = "") String patientText,
            @RequestParam(name = "patientId", defaultValue = "") String patientId,
            @RequestParam(name = "from", defaultValue = "") String from,
            @RequestParam(name = "to", defaultValue = "") String to,
            @RequestParam(name = "before", required = false) @Nullable Long before,
            HttpServletRequest request,
            Model model) {
        fill(new Filters(user, patientText, from, to, patientId), before, model);
        if (request.getHeader("HX-Request") != null) {
            return "audit/log :: results";
        }
        model.addAttribute("users", identity.colleagues());
        return "audit/log";
    }

    record Filters(String user, String patientText, String from, String to, String patientId) {}

    private void fill(Filters f, @Nullable Long before, Model model) {
        List<PatientId> ids = new ArrayList<>();
        boolean patientFilter = false;
        if (!f.patientId().isBlank()) {
            ids.add(PatientId.parse(f.patientId()));
            patientFilter = true;
        } else if (!f.patientText().isBlank()) {
            ids.addAll(patients.find(f.patientText()));
            patientFilter = true;
        }
        AuditQuery query = new AuditQuery(
                f.user().isBlank() ? null : UserId.parse(f.user()),
                patientFilter,
                ids,
                date(f.from(), "from"),
                date(f.to(), "to"),
                before,
                PAGE);
        List<AuditEvent> events = audit.search(query);
        Map<PatientId, String> labels = patients.labels(events.stream()
                .map(AuditEvent::patientId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        model.addAttribute("filters", f);
        model.addAttribute("events", events);
        model.addAttribute("labels", labels);
        model.addAttribute("more", events.size() == PAGE);
        model.addAttribute(
                "nextBefore", events.isEmpty() ? null : events.getLast().seq());
        if (!f.patientId().isBlank()) {
            model.addAttribute("patientLabel", labels.getOrDefault(ids.getFirst(), "the chosen patient"));
        }
    }

    private static @Nullable LocalDate date(String text, String field) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Refused.invalid("DATE_INVALID", "The '" + field + "' date is not a date (YYYY-MM-DD): " + text);
        }
    }
}
