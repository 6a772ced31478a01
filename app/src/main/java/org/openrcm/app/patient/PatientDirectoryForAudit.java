package org.openrcm.app.patient;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openrcm.app.audit.PatientDirectory;
import org.openrcm.app.kernel.PatientId;
import org.springframework.stereotype.Component;

/** Lends the audit pages patient labels and the patient search, through the facade (so audited and scoped). */
@Component
class PatientDirectoryForAudit implements PatientDirectory {
    private final Patients patients;

    PatientDirectoryForAudit(Patients patients) {
        this.patients = patients;
    }

    @Override
    public Map<PatientId, String> labels(Collection<PatientId> ids) {
        return patients.summaries(ids, "audit log").stream()
                .collect(Collectors.toMap(
                        PatientSummary::id, p -> p.displayName() + " (" + p.accountNumber() + ")", (a, b) -> a));
    }

    @Override
    public List<PatientId> find(String text) {
        PatientSearch search = PatientSearch.parse(text);
        if (search.isEmpty()) {
            return List.of();
        }
        return patients.idsMatching(search);
    }
}
