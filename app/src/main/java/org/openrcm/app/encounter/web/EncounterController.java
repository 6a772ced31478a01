package org.openrcm.app.encounter.web;

import org.openrcm.app.encounter.Encounters;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The encounters panel of the patient page, loaded by htmx. */
@Controller
class EncounterController {
    private final Encounters encounters;

    EncounterController(Encounters encounters) {
        this.encounters = encounters;
    }

    @GetMapping("/patients/{id}/encounters")
    String forPatient(@PathVariable String id, Model model) {
        model.addAttribute(
                "encounters",
                encounters.forPatient(PatientId.parse(id)).orElseThrow(() -> Refused.notFound("patient")));
        return "encounter/list :: panel";
    }
}
