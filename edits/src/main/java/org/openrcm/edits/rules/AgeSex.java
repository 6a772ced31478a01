package org.openrcm.edits.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeSystem;
import org.openrcm.edits.Edit;
import org.openrcm.edits.Finding;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.claim.Claim;

/**
 * {@code AGE_CONFLICT} and {@code SEX_CONFLICT}: a diagnosis or procedure that the CMS Medicare Code Editor (or the CPT
 * section it belongs to) limits to an age range or one sex, on a claim for a patient outside it. The rules, their
 * sources and what they leave out are in {@link AgeSexTable}.
 *
 * <p>Age is in completed years on the date of service (the claim's first date for diagnoses, the line's date for
 * procedures), from {@code patient.birthDate}; a newborn is age 0. Sex is {@code patient.sex} "F" or "M"; any other
 * value (such as "U") gives no sex finding, and a missing birth date or sex gives none either ({@code MISSING_FIELD}
 * reports it). Diagnosis findings are for the claim ({@code line} null, the code in {@code codes}); procedure findings
 * name their line.
 *
 * <p>Severity comes from the table: a diagnosis age conflict is an error (the MCE edit is active and the claim would be
 * returned); a diagnosis sex conflict is a warning, because CMS deactivated the MCE sex conflict edit from 2024-10-01;
 * a procedure sex conflict is an error, because Medicare Part B still edits it. Modifier KX on a line (CMS Pub.
 * 100-04, ch. 32, sec. 240: a gender-specific service for a transgender or intersex patient) silences the sex conflict
 * of that line and of the diagnoses it points to.
 */
public final class AgeSex implements Edit {

    public static final String AGE_CONFLICT = "AGE_CONFLICT";
    public static final String SEX_CONFLICT = "SEX_CONFLICT";

    private final AgeSexTable table;

    public AgeSex() {
        this(AgeSexTable.standard());
    }

    AgeSex(AgeSexTable table) {
        this.table = table;
    }

    @Override
    public List<Finding> check(Claim claim, ReferenceData data) {
        Claim.Patient patient = claim.patient();
        if (patient == null) {
            return List.of();
        }
        LocalDate birth = patient.birthDate();
        String sex = sexOf(patient.sex());
        if (birth == null && sex == null) {
            return List.of();
        }
        Set<Finding> findings = new LinkedHashSet<>();
        LocalDate claimDate = firstServiceDate(claim);
        Integer claimAge = ageOn(birth, claimDate);
        for (int d = 0; d < claim.diagnoses().size(); d++) {
            String shown = claim.diagnoses().get(d);
            if (shown == null || shown.isBlank()) {
                continue;
            }
            String code = normalize(shown);
            String display = CodeSystem.ICD10CM.display(code);
            for (AgeSexTable.Rule rule : table.matching(AgeSexTable.CodeKind.DX, code)) {
                String item = Objects.requireNonNull(rule.match(code));
                if (rule.age()) {
                    if (claimAge != null && !rule.allowsAge(claimAge)) {
                        findings.add(new Finding(
                                AGE_CONFLICT,
                                rule.severity(),
                                null,
                                List.of(display),
                                "Diagnosis " + display + " (" + rule.category() + ", " + rule.limit()
                                        + ") is on a claim for a patient aged " + claimAge + " on " + claimDate
                                        + ": check the diagnosis or the patient's birth date.",
                                rule.reference(item)));
                    }
                } else if (sex != null && !sex.equals(rule.sex()) && !kxOnLinesPointingTo(claim, d + 1)) {
                    findings.add(new Finding(
                            SEX_CONFLICT,
                            rule.severity(),
                            null,
                            List.of(display),
                            "Diagnosis " + display + " (" + rule.category() + ", " + rule.limit()
                                    + ") is on a claim for a " + word(sex) + " patient: check the diagnosis or the"
                                    + " patient's sex; if both are right, report modifier KX on the lines it supports.",
                            rule.reference(item)));
                }
            }
        }
        for (int i = 0; i < claim.lines().size(); i++) {
            checkLine(claim.lines().get(i), i + 1, birth, sex, claimDate, findings);
        }
        return new ArrayList<>(findings);
    }

    private void checkLine(
            Claim.Line line,
            int number,
            @Nullable LocalDate birth,
            @Nullable String sex,
            @Nullable LocalDate claimDate,
            Set<Finding> findings) {
        String p = line.procedure();
        if (p == null || p.isBlank()) {
            return;
        }
        String code = p.strip().toUpperCase(Locale.ROOT);
        AgeSexTable.CodeKind kind = CodeShapes.isPcs(code)
                ? AgeSexTable.CodeKind.PCS
                : CodeShapes.isFiveAlphanumerics(code) ? AgeSexTable.CodeKind.CPT : null;
        if (kind == null) {
            return;
        }
        LocalDate date = line.serviceDate() != null ? line.serviceDate() : claimDate;
        Integer age = ageOn(birth, date);
        boolean kx = false;
        for (String m : line.modifiers()) {
            kx |= m != null && m.strip().equalsIgnoreCase("KX");
        }
        for (AgeSexTable.Rule rule : table.matching(kind, code)) {
            String item = Objects.requireNonNull(rule.match(code));
            String what = "Line " + number + " (" + code + ", " + rule.category() + ", " + rule.limit() + ")";
            if (rule.age()) {
                if (age != null && !rule.allowsAge(age)) {
                    findings.add(new Finding(
                            AGE_CONFLICT,
                            rule.severity(),
                            number,
                            List.of(code),
                            what + " is for a patient aged " + age + " on " + date
                                    + ": check the procedure or the patient's birth date.",
                            rule.reference(item)));
                }
            } else if (sex != null && !sex.equals(rule.sex()) && !kx) {
                findings.add(new Finding(
                        SEX_CONFLICT,
                        rule.severity(),
                        number,
                        List.of(code),
                        what + " is billed for a " + word(sex) + " patient: check the procedure or the patient's"
                                + " sex; if both are right (e.g. a transgender patient), append modifier KX.",
                        rule.reference(item)));
            }
        }
    }

    /** Completed years from birth to the date; null when either is unknown or the birth is after the date. */
    static @Nullable Integer ageOn(@Nullable LocalDate birth, @Nullable LocalDate date) {
        if (birth == null || date == null || birth.isAfter(date)) {
            return null;
        }
        // completed years, as Period.between counts them, without building a Period for every code of every claim
        int years = date.getYear() - birth.getYear();
        if (date.getMonthValue() < birth.getMonthValue()
                || (date.getMonthValue() == birth.getMonthValue() && date.getDayOfMonth() < birth.getDayOfMonth())) {
            years--;
        }
        return years;
    }

    private static @Nullable String sexOf(@Nullable String sex) {
        if (sex == null) {
            return null;
        }
        return switch (sex.strip().toUpperCase(Locale.ROOT)) {
            case "F", "FEMALE" -> "F";
            case "M", "MALE" -> "M";
            default -> null;
        };
    }

    private static String word(String sex) {
        return sex.equals("F") ? "female" : "male";
    }

    private static String normalize(String dx) {
        return dx.strip().replace(".", "").toUpperCase(Locale.ROOT);
    }

    private static boolean kxOnLinesPointingTo(Claim claim, int pointer) {
        return claim.lines().stream()
                .filter(l -> l.pointers().contains(pointer))
                .flatMap(l -> l.modifiers().stream())
                .anyMatch(m -> m != null && m.strip().equalsIgnoreCase("KX"));
    }

    private static @Nullable LocalDate firstServiceDate(Claim claim) {
        return claim.lines().stream()
                .map(Claim.Line::serviceDate)
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
    }
}
