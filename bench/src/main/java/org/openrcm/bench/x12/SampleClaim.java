package org.openrcm.bench.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A professional claim as the benchmark holds it in memory before writing an 837P: the patient (who is the
 * subscriber here), the diagnoses (ICD-10-CM, the first is the principal one) and 1 to 4 service lines. The billing
 * provider and the payer are the same for every claim of a file.
 */
public record SampleClaim(
        String patientControlNumber,
        String lastName,
        String firstName,
        String memberId,
        LocalDate birthDate,
        String gender,
        String street,
        String city,
        String state,
        String zip,
        BigDecimal charge,
        String placeOfService,
        List<String> diagnoses,
        List<Line> lines) {

    public SampleClaim {
        diagnoses = List.copyOf(diagnoses);
        lines = List.copyOf(lines);
    }

    /** One service line (SV1): a CPT/HCPCS code, its charge, units, date and pointers to the claim's diagnoses. */
    public record Line(
            String procedure, String modifier, BigDecimal charge, int units, LocalDate date, List<Integer> pointers) {

        public Line {
            pointers = List.copyOf(pointers);
        }
    }
}
