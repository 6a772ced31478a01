package org.openrcm.x12.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * A subscriber (2100C) or dependent (2100D) as identified in a 270 or 271: name and member id, birth date and sex,
 * address, relationship, dates.
 *
 * @param gender DMG03: {@code F}, {@code M}, {@code U}, or empty
 * @param relationship INS, or {@code null}
 * @param dates DTP: plan and eligibility dates (271), the date of service asked about (270)
 */
public record Member(
        Name name,
        List<Reference> references,
        Address address,
        ProviderInformation provider,
        LocalDate birthDate,
        String gender,
        Relationship relationship,
        List<Diagnosis> diagnoses,
        List<DatePeriod> dates) {

    public Member {
        references = List.copyOf(references);
        diagnoses = List.copyOf(diagnoses);
        dates = List.copyOf(dates);
    }

    /** The member id (NM109), empty when the payer is asked by name and birth date only. */
    public String memberId() {
        return name.id() == null ? "" : name.id();
    }
}
