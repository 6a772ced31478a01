package org.openrcm.app.coding.web;

import java.util.List;
import java.util.Objects;
import org.openrcm.app.coding.Coding;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.ProviderId;
import org.openrcm.app.kernel.UserId;
import org.openrcm.app.practice.Practices;
import org.openrcm.app.practice.ProviderView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coding worklist page for coders, managers and administrators (the security rules keep everyone else out):
 * encounters awaiting coding, oldest first, filtered by practice, provider, specialty or "mine", with a Take
 * button that assigns an encounter to the signed-in coder. Filters are ids and a specialty, never patient data,
 * so they may sit in the address.
 */
@Controller
class WorklistController {
    private final Coding coding;
    private final Practices practices;
    private final CurrentActor current;

    WorklistController(Coding coding, Practices practices, CurrentActor current) {
        this.coding = coding;
        this.practices = practices;
        this.current = current;
    }

    record Filters(String practice, String provider, String specialty, boolean mine) {}

    @GetMapping("/coding")
    String worklist(
            @RequestParam(name = "practice", defaultValue = "") String practice,
            @RequestParam(name = "provider", defaultValue = "") String provider,
            @RequestParam(name = "specialty", defaultValue = "") String specialty,
            @RequestParam(name = "mine", defaultValue = "false") boolean mine,
            Model model) {
        UserId me = current.actor().userId();
        model.addAttribute(
                "rows",
                coding.worklist(
                        practice.isBlank() ? null : PracticeId.parse(practice),
                        provider.isBlank() ? null : ProviderId.parse(provider),
                        specialty.isBlank() ? null : specialty,
                        mine ? me : null));
        List<ProviderView> providers = practices.providers();
        model.addAttribute("filters", new Filters(practice, provider, specialty, mine));
        model.addAttribute("practices", practices.practicesInFocus());
        model.addAttribute("providers", providers);
        model.addAttribute(
                "specialties",
                providers.stream()
                        .map(ProviderView::specialty)
                        .distinct()
                        .sorted()
                        .toList());
        model.addAttribute("me", me);
        model.addAttribute("limit", Coding.WORKLIST_LIMIT);
        return "coding/worklist";
    }

    /** Takes the encounter for the signed-in coder, then shows the worklist again (post, redirect, get). */
    @PostMapping("/coding/{id}/take")
    String take(@PathVariable String id) {
        coding.assign(
                EncounterId.parse(id), Objects.requireNonNull(current.actor().userId()));
        return "redirect:/coding?mine=true";
    }
}
