package org.openrcm.app.testing;

import java.util.ArrayList;
import java.util.List;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.patient.PatientPage;
import org.openrcm.app.patient.PatientSearch;
import org.openrcm.app.patient.PatientSummary;
import org.openrcm.app.patient.Patients;
import org.openrcm.app.practice.PracticeView;
import org.openrcm.app.practice.Practices;
import org.springframework.stereotype.Component;

/** Looks up demo records for tests, as the system (so it sees both practices). */
@Component
public class Demo {
    private final CurrentActor current;
    private final Practices practices;
    private final Patients patients;

    Demo(CurrentActor current, Practices practices, Patients patients) {
        this.current = current;
        this.practices = practices;
        this.patients = patients;
    }

    public PracticeView practice(String code) {
        return current.runAsSystem("test", () -> practices.practiceByCode(code).orElseThrow());
    }

    /** Every demo patient of a practice. */
    public List<PatientSummary> patientsOf(String code) {
        PracticeView practice = practice(code);
        return current.runAsSystem("test", () -> {
            List<PatientSummary> all = new ArrayList<>();
            PatientPage page;
            int offset = 0;
            do {
                page = patients.search(PatientSearch.parse(""), offset);
                all.addAll(page.patients());
                offset += Patients.PAGE_SIZE;
            } while (page.more());
            return all.stream()
                    .filter(p -> p.practiceId().equals(practice.id()))
                    .toList();
        });
    }
}
