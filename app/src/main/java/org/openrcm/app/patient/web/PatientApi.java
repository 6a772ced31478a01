package org.openrcm.app.patient.web;

import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.patient.PatientDetails;
import org.openrcm.app.patient.PatientPage;
import org.openrcm.app.patient.PatientSearch;
import org.openrcm.app.patient.Patients;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST: patients by id, and search by a POSTed query (never in the address). */
@RestController
@RequestMapping("/api/patients")
class PatientApi {
    private final Patients patients;

    PatientApi(Patients patients) {
        this.patients = patients;
    }

    record SearchRequest(String q, Integer offset) {}

    @GetMapping("/{id}")
    PatientDetails show(@PathVariable String id) {
        return patients.find(PatientId.parse(id)).orElseThrow(() -> Refused.notFound("patient"));
    }

    @PostMapping("/search")
    PatientPage search(@RequestBody SearchRequest request) {
        return patients.search(PatientSearch.parse(request.q()), request.offset() == null ? 0 : request.offset());
    }
}
