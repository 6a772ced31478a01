package org.openrcm.app.shell;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openrcm.app.encounter.Encounters;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.patient.Patients;
import org.openrcm.app.practice.PracticeView;
import org.openrcm.app.practice.Practices;
import org.openrcm.app.practice.ProviderView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home dashboard: per practice in focus, what exists now (counts only, no patient data). */
@Controller
class HomeController {
    private final Practices practices;
    private final Patients patients;
    private final Encounters encounters;
    private final Clock clock;

    HomeController(Practices practices, Patients patients, Encounters encounters, Clock clock) {
        this.practices = practices;
        this.patients = patients;
        this.encounters = encounters;
        this.clock = clock;
    }

    record PracticeCard(
            PracticeView practice, long providers, long patients, long encountersLast30Days, long awaitingCoding) {}

    @GetMapping("/")
    String home(Model model) {
        LocalDate today = LocalDate.now(clock);
        Map<PracticeId, Long> patientCounts = patients.countByPractice();
        Map<PracticeId, Long> recent = encounters.countSince(today.minusDays(29));
        Map<PracticeId, Long> awaiting = encounters.countAwaitingCoding();
        List<ProviderView> providers = practices.providers();
        List<PracticeCard> cards = practices.practicesInFocus().stream()
                .map(p -> new PracticeCard(
                        p,
                        providers.stream()
                                .filter(v -> v.practiceId().equals(p.id()))
                                .count(),
                        patientCounts.getOrDefault(p.id(), 0L),
                        recent.getOrDefault(p.id(), 0L),
                        awaiting.getOrDefault(p.id(), 0L)))
                .toList();
        model.addAttribute("cards", cards);
        model.addAttribute("today", today);
        return "shell/home";
    }
}
