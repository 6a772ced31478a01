package org.openrcm.x12.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One health care claim as an 837 carries it (professional or institutional), with the context it travels in: its
 * billing provider, subscriber, patient (when not the subscriber) and payer. Read from a file by {@link ClaimReader}
 * and written by {@link ClaimWriter}. Codes keep their X12 values (e.g. frequency {@code 7} = replacement).
 *
 * @param placeOfService CLM05-1: place of service (837P) or facility type (837I)
 * @param frequency CLM05-3: 1 original, 7 replacement, 8 void
 * @param originalClaimNumber REF*F8: the payer's claim control number of the claim a 7 or 8 corrects
 * @param providerSignature CLM06 (837P only)
 * @param assignment CLM07: assignment or plan participation code
 * @param benefitsAssignment CLM08
 * @param releaseOfInformation CLM09
 * @param relatedCauses CLM11-1/2 (AA auto accident, EM employment, OA other accident)
 * @param autoAccidentState CLM11-4
 * @param delayReason CLM20
 * @param codes every HI entry in order (diagnoses, procedures, occurrence, value and condition codes)
 * @param dates the claim's DTP segments other than those in {@link Institutional}
 * @param providers 2310 loops (rendering 82, referring DN, service facility 77, attending 71...)
 * @param institutional what only an 837I carries, {@code null} for an 837P
 */
public record Claim(
        ClaimKind kind,
        BillingProvider billingProvider,
        Address payToAddress,
        Party payToPlan,
        Subscriber subscriber,
        Patient patient,
        Party payer,
        String claimId,
        BigDecimal totalCharge,
        String placeOfService,
        String frequency,
        String providerSignature,
        String assignment,
        String benefitsAssignment,
        String releaseOfInformation,
        List<String> relatedCauses,
        String autoAccidentState,
        String delayReason,
        BigDecimal patientPaid,
        String originalClaimNumber,
        String priorAuthorization,
        String referralNumber,
        String medicalRecordNumber,
        List<ClaimDate> dates,
        List<HealthCareCode> codes,
        List<Note> notes,
        List<ClaimProvider> providers,
        List<OtherPayer> otherPayers,
        List<ServiceLine> lines,
        Institutional institutional) {

    public Claim {
        relatedCauses = List.copyOf(relatedCauses);
        dates = List.copyOf(dates);
        codes = List.copyOf(codes);
        notes = List.copyOf(notes);
        providers = List.copyOf(providers);
        otherPayers = List.copyOf(otherPayers);
        lines = List.copyOf(lines);
    }

    /** The diagnosis codes in order (principal first), without their qualifiers. */
    public List<String> diagnosisCodes() {
        List<String> out = new ArrayList<>();
        for (HealthCareCode c : codes) {
            if (c.isDiagnosis()) {
                out.add(c.code());
            }
        }
        return out;
    }

    /** The provider of a 2310 loop by its entity code ({@code 82} rendering, {@code DN} referring...), or null. */
    public ClaimProvider provider(String role) {
        for (ClaimProvider p : providers) {
            if (p.role().equals(role)) {
                return p;
            }
        }
        return null;
    }

    /** Whether this claim replaces (7) or voids (8) an earlier one. */
    public boolean correctsEarlierClaim() {
        return "7".equals(frequency) || "8".equals(frequency);
    }

    /** A postal address (N3/N4). */
    public record Address(String line1, String line2, String city, String state, String postalCode, String country) {}

    /** The billing provider (2010AA) with its taxonomy (PRV*BI) and tax id (REF*EI or SY). */
    public record BillingProvider(
            String entityType,
            String name,
            String firstName,
            String middleName,
            String suffix,
            String npi,
            String taxonomy,
            String taxIdQualifier,
            String taxId,
            Address address,
            String contactName,
            String contactPhone) {}

    /** An organisation named by NM1 with an identifier: a payer (2010BB), pay-to plan (2010AC). */
    public record Party(String name, String idQualifier, String id, Address address) {}

    /** A person (or organisation) named by NM1, with demographics (DMG) where the guide has them. */
    public record Person(
            String entityType,
            String lastName,
            String firstName,
            String middleName,
            String suffix,
            String idQualifier,
            String id,
            Address address,
            LocalDate birthDate,
            String sex) {}

    /**
     * The subscriber (2000B/2010BA).
     *
     * @param responsibility SBR01: P primary, S secondary, T tertiary...
     * @param relationship SBR02: 18 when the subscriber is the patient, else empty
     * @param claimFilingIndicator SBR09: MB Medicare Part B, CI commercial, MC Medicaid...
     */
    public record Subscriber(
            String responsibility,
            String relationship,
            String groupNumber,
            String groupName,
            String insuranceType,
            String claimFilingIndicator,
            Person person) {}

    /** The patient when not the subscriber (2000C/2010CA); {@code relationship} is PAT01 (01 spouse, 19 child...). */
    public record Patient(String relationship, Person person) {}

    /** A claim date (DTP): qualifier ({@code 431} onset, {@code 454} initial treatment...), date or range. */
    public record ClaimDate(String qualifier, LocalDate from, LocalDate to) {}

    /**
     * One HI composite: qualifier (ABK principal ICD-10 diagnosis, ABF other, ABJ admitting, BE value, BG condition,
     * BH occurrence, BI occurrence span, BBR/BBQ procedures...), code, and for dated or valued codes the date
     * format, date text and amount.
     */
    public record HealthCareCode(String qualifier, String code, String dateFormat, String date, BigDecimal amount) {

        public static HealthCareCode of(String qualifier, String code) {
            return new HealthCareCode(qualifier, code, "", "", null);
        }

        public boolean isDiagnosis() {
            return switch (qualifier) {
                case "ABK", "BK", "ABF", "BF", "ABJ", "BJ", "ABN", "BN", "APR", "PR" -> true;
                default -> false;
            };
        }
    }

    /** A note (NTE): reference code and text. */
    public record Note(String reference, String text) {}

    /**
     * A provider named in a 2310 or 2420 loop.
     *
     * @param role NM101: 82 rendering, DN/P3 referring, 77 service facility, DQ supervising, 71 attending...
     * @param npi NM109 when NM108 is XX
     * @param secondaryIds REF qualifier and value pairs
     */
    public record ClaimProvider(
            String role,
            String entityType,
            String name,
            String firstName,
            String middleName,
            String suffix,
            String npi,
            String taxonomy,
            Address address,
            List<Reference> secondaryIds) {

        public ClaimProvider {
            secondaryIds = List.copyOf(secondaryIds);
        }
    }

    /** A REF qualifier and value. */
    public record Reference(String qualifier, String value) {}

    /** A claim adjustment (CAS): group code, reason code, amount and quantity. */
    public record Adjustment(String group, String reason, BigDecimal amount, BigDecimal quantity) {}

    /**
     * Another payer of this claim (2320 with 2330A/B): its responsibility, what it paid and adjusted.
     *
     * @param adjudicationDate 2330B DTP*573
     */
    public record OtherPayer(
            String responsibility,
            String relationship,
            String groupNumber,
            String groupName,
            String insuranceType,
            String claimFilingIndicator,
            List<Adjustment> adjustments,
            BigDecimal paidAmount,
            BigDecimal nonCoveredAmount,
            BigDecimal remainingPatientLiability,
            String benefitsAssignment,
            String releaseOfInformation,
            Person subscriber,
            Party payer,
            LocalDate adjudicationDate,
            String claimControlNumber) {

        public OtherPayer {
            adjustments = List.copyOf(adjustments);
        }
    }

    /**
     * One service line (2400).
     *
     * @param procedureQualifier SV101-1 / SV202-1: HC (CPT/HCPCS), IV, WK, ER, HP
     * @param unitBasis UN units, MJ minutes (837P), DA days (837I)
     * @param placeOfService SV105 (837P)
     * @param diagnosisPointers SV107 (837P): 1-based positions in the claim's diagnosis list
     * @param revenueCode SV201 (837I)
     * @param nonCoveredCharge SV207 (837I)
     */
    public record ServiceLine(
            int number,
            String revenueCode,
            String procedureQualifier,
            String procedureCode,
            List<String> modifiers,
            String description,
            BigDecimal charge,
            String unitBasis,
            BigDecimal units,
            String placeOfService,
            List<Integer> diagnosisPointers,
            BigDecimal nonCoveredCharge,
            LocalDate from,
            LocalDate to,
            String lineControlNumber,
            Drug drug,
            List<ClaimProvider> providers,
            List<LineAdjudication> adjudications) {

        public ServiceLine {
            modifiers = List.copyOf(modifiers);
            diagnosisPointers = List.copyOf(diagnosisPointers);
            providers = List.copyOf(providers);
            adjudications = List.copyOf(adjudications);
        }
    }

    /** The drug of a line (2410): LIN qualifier (N4 = NDC) and code, CTP quantity and unit (UN, ML, GR, F2, ME). */
    public record Drug(String qualifier, String code, BigDecimal quantity, String unit) {}

    /** How another payer adjudicated a line (2430: SVD, CAS, DTP*573, AMT*EAF). */
    public record LineAdjudication(
            String payerId,
            BigDecimal paidAmount,
            String revenueCode,
            String procedureQualifier,
            String procedureCode,
            List<String> modifiers,
            BigDecimal units,
            List<Adjustment> adjustments,
            LocalDate adjudicationDate,
            BigDecimal remainingPatientLiability) {

        public LineAdjudication {
            modifiers = List.copyOf(modifiers);
            adjustments = List.copyOf(adjustments);
        }
    }

    /**
     * What only an institutional claim carries.
     *
     * @param admissionType CL101
     * @param admissionSource CL102
     * @param patientStatus CL103
     * @param admissionHour DTP*435 in DT format: HHMM, else {@code ""}
     * @param dischargeHour DTP*096 HHMM or {@code ""}
     */
    public record Institutional(
            LocalDate statementFrom,
            LocalDate statementTo,
            LocalDate admissionDate,
            String admissionHour,
            String dischargeHour,
            String admissionType,
            String admissionSource,
            String patientStatus) {}

    /** Type of bill for an 837I: facility type code (CLM05-1) followed by the frequency (CLM05-3), e.g. 131. */
    public String typeOfBill() {
        return placeOfService + frequency;
    }
}
