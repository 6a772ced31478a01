package org.openrcm.edits.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openrcm.edits.Edit;
import org.openrcm.edits.Finding;
import org.openrcm.edits.Reference;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;

/**
 * {@code DATE_INVALID}: dates no payer accepts — a service dated after the day the claim is scrubbed (a claim bills
 * services already given), or a patient born after a date of service. Either is a typing error to fix before
 * anything else is judged by the date (age, code sets, filing limits).
 */
public final class ServiceDates implements Edit {

    @Override
    public List<Finding> check(Claim claim, ReferenceData data) {
        List<Finding> findings = new ArrayList<>();
        LocalDate first = null;
        for (int i = 0; i < claim.lines().size(); i++) {
            Claim.Line line = claim.lines().get(i);
            LocalDate date = line.serviceDate();
            if (date == null) {
                continue; // MISSING_FIELD says so
            }
            first = first == null || date.isBefore(first) ? date : first;
            if (date.isAfter(data.today())) {
                String code = line.procedure() == null ? "" : line.procedure().strip();
                findings.add(new Finding(
                        "DATE_INVALID",
                        Severity.ERROR,
                        i + 1,
                        List.of(code),
                        "Line " + (i + 1) + " (" + code + ") is dated " + date + ", after today (" + data.today()
                                + "): a claim bills services already given. Correct the date of service.",
                        new Reference("ASC X12 837P", "005010X222A1", "2400 DTP03 (472)")));
            }
        }
        LocalDate birth = claim.patient() == null ? null : claim.patient().birthDate();
        if (birth != null && first != null && birth.isAfter(first)) {
            findings.add(new Finding(
                    "DATE_INVALID",
                    Severity.ERROR,
                    null,
                    List.of(),
                    "The patient's birth date (" + birth + ") is after the first date of service (" + first
                            + "): correct one of them; age edits were not run.",
                    new Reference("ASC X12 837P", "005010X222A1", "2010BA/2010CA DMG02")));
        }
        return findings;
    }
}
