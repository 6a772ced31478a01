package org.openrcm.x12.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a 277CA (005010X214) says about one claim of an 837: accepted into the payer's system or rejected, and why.
 * The biller matches it to the claim by {@link #patientControlNumber()} (CLM01 of the 837) and keeps the payer's
 * {@link #payerClaimControlNumber()} for later inquiries.
 *
 * @param source the payer or clearinghouse that acknowledges (2100A)
 * @param receiver the submitter (2100B)
 * @param provider the billing provider (2100C), NPI in {@code id} when {@code idQualifier} is XX
 * @param patient the patient (2100D), member id in {@code id}
 * @param patientControlNumber 2200D TRN02
 * @param statuses 2200D STC, the claim level statuses (at least one)
 * @param payerClaimControlNumber REF*1K
 * @param clearinghouseTraceNumber REF*D9
 * @param billType REF*BLT (institutional claims)
 * @param medicalRecordNumber REF*EA
 * @param serviceFrom DTP*472, first day of service
 * @param serviceTo DTP*472, last day ({@code null} when a single date was sent)
 * @param lines 2220D, statuses of single service lines
 */
public record ClaimAcknowledgment(
        Party source,
        Party receiver,
        Party provider,
        Party patient,
        String patientControlNumber,
        List<ClaimStatus> statuses,
        String payerClaimControlNumber,
        String clearinghouseTraceNumber,
        String billType,
        String medicalRecordNumber,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        List<ServiceLine> lines) {

    public ClaimAcknowledgment {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Whether the claim was rejected (a status A3, A4, A6, A7 or A8, or action code U): it must be fixed and sent again. */
    public boolean rejected() {
        return statuses.stream().anyMatch(ClaimStatus::rejection);
    }

    /** Whether the claim was received or accepted (A0, A1, A2, A5) and not rejected. */
    public boolean accepted() {
        return !rejected() && statuses.stream().flatMap(s -> s.codes().stream()).anyMatch(StatusCode::acceptance);
    }

    /** The reasons for a rejection: every status code of the rejecting statuses (claim level, then lines). */
    public List<StatusCode> rejections() {
        return java.util.stream.Stream.concat(statuses.stream(), lines.stream().flatMap(l -> l.statuses().stream()))
                .filter(ClaimStatus::rejection)
                .flatMap(s -> s.codes().stream())
                .toList();
    }

    /** The total charge of the claim as the payer read it (STC04 of the first status), or {@code null}. */
    public BigDecimal totalCharge() {
        return statuses.stream()
                .map(ClaimStatus::amount)
                .filter(a -> a != null)
                .findFirst()
                .orElse(null);
    }
}
