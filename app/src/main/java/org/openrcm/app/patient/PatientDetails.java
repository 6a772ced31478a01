package org.openrcm.app.patient;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.practice.Address;
import org.openrcm.app.practice.PracticeView;

/** Everything the patient page shows of a patient: demographics and coverages, primary first. */
public record PatientDetails(
        PatientSummary summary,
        PracticeView practice,
        @Nullable String middleName,
        Address address,
        @Nullable String phone,
        @Nullable String email,
        List<CoverageView> coverages) {

    public PatientDetails {
        coverages = List.copyOf(coverages);
    }
}
