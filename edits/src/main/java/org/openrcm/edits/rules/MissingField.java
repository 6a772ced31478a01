package org.openrcm.edits.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openrcm.edits.Finding;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;

/**
 * {@code MISSING_FIELD} (error): what an 837P professional claim cannot be sent without, or carries in a form the payer
 * rejects. One finding per field, the sentence starting with the field's path in the claim JSON
 * ({@code billingProvider.npi}, {@code lines[0].charge}), the reference naming the 837P loop and element (ASC X12
 * 005010X222A1) where it goes.
 */
public final class MissingField implements ClaimEdit {

    public static final String RULE = "MISSING_FIELD";

    private static final String TAXONOMY = "a provider taxonomy code (ten characters ending in X, like 207Q00000X)";

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public List<Finding> check(Claim claim) {
        List<Finding> out = new ArrayList<>();
        Claim.Provider billing = claim.billingProvider();
        String npi = get(billing, Claim.Provider::npi);
        if (npi == null) {
            missing(out, null, "billingProvider.npi", "the billing provider's NPI", "2010AA NM109");
        } else if (!Npi.isValid(npi)) {
            invalid(out, null, "billingProvider.npi", npi, Npi.DESCRIPTION, "2010AA NM109");
        }
        String taxonomy = get(billing, Claim.Provider::taxonomy);
        if (taxonomy == null) {
            missing(out, null, "billingProvider.taxonomy", "the billing provider's taxonomy code", "2000A PRV03");
        } else if (!isTaxonomy(taxonomy)) {
            invalid(out, null, "billingProvider.taxonomy", taxonomy, TAXONOMY, "2000A PRV03");
        }
        String taxId = get(billing, Claim.Provider::taxId);
        if (taxId == null) {
            missing(out, null, "billingProvider.taxId", "the billing provider's tax id (EIN or SSN)", "2010AA REF02");
        } else if (!CodeShapes.isDigits(taxId.replace("-", ""), 9)) {
            invalid(out, null, "billingProvider.taxId", taxId, "a tax id (nine digits)", "2010AA REF02");
        }
        if (get(billing, Claim.Provider::name) == null) {
            missing(out, null, "billingProvider.name", "the billing provider's name", "2010AA NM103");
        }
        Claim.Address address = get(billing, Claim.Provider::address);
        if (address == null
                || address.line1() == null
                || address.city() == null
                || address.state() == null
                || address.zip() == null) {
            missing(
                    out,
                    null,
                    "billingProvider.address",
                    "the billing provider's street address, city, state and ZIP",
                    "2010AA N3/N4");
        } else if (!CodeShapes.isDigits(address.zip().replace("-", ""), 9)) {
            invalid(
                    out,
                    null,
                    "billingProvider.address.zip",
                    address.zip(),
                    "a nine-digit ZIP: the billing provider's address carries ZIP+4",
                    "2010AA N403");
        }
        if (get(claim.payer(), Claim.Payer::id) == null) {
            missing(out, null, "payer.id", "the payer's id (its electronic payer id)", "2010BB NM109");
        }
        if (get(claim.payer(), Claim.Payer::name) == null) {
            missing(out, null, "payer.name", "the payer's name", "2010BB NM103");
        }
        if (get(claim.subscriber(), Claim.Subscriber::relationship) == null) {
            missing(
                    out,
                    null,
                    "subscriber.relationship",
                    "the patient's relationship to the subscriber (self, spouse, child…)",
                    "2000B SBR02 / 2000C PAT01");
        }
        String rendering = get(claim.renderingProvider(), Claim.Provider::npi);
        if (rendering != null && !Npi.isValid(rendering)) {
            invalid(out, null, "renderingProvider.npi", rendering, Npi.DESCRIPTION, "2310B NM109");
        }
        String pos = claim.placeOfService();
        if (pos == null) {
            missing(out, null, "placeOfService", "the place of service", "2300 CLM05-1");
        } else if (!CodeShapes.isDigits(pos, 2)) {
            invalid(out, null, "placeOfService", pos, "a place of service code (two digits, like 11)", "2300 CLM05-1");
        }
        if (get(claim.subscriber(), Claim.Subscriber::memberId) == null) {
            missing(out, null, "subscriber.memberId", "the subscriber's member id", "2010BA NM109");
        }
        Claim.Patient patient = claim.patient();
        Claim.Name name = get(patient, Claim.Patient::name);
        if (get(name, Claim.Name::last) == null) {
            missing(out, null, "patient.name.last", "the patient's last name", "2010BA/2010CA NM103");
        }
        if (get(name, Claim.Name::first) == null) {
            missing(out, null, "patient.name.first", "the patient's first name", "2010BA/2010CA NM104");
        }
        if (get(patient, Claim.Patient::birthDate) == null) {
            missing(out, null, "patient.birthDate", "the patient's birth date", "2010BA/2010CA DMG02");
        }
        String sex = get(patient, Claim.Patient::sex);
        if (sex == null) {
            missing(out, null, "patient.sex", "the patient's sex", "2010BA/2010CA DMG03");
        } else if (!isSex(sex)) {
            invalid(out, null, "patient.sex", sex, "F, M or U", "2010BA/2010CA DMG03");
        }
        if (claim.diagnoses().isEmpty()) {
            missing(out, null, "diagnoses", "at least one diagnosis", "2300 HI01-2");
        }
        for (int i = 0; i < claim.diagnoses().size(); i++) {
            if (claim.diagnoses().get(i).isBlank()) {
                missing(out, null, "diagnoses[" + i + "]", "a code for each diagnosis listed", "2300 HI");
            }
        }
        if (claim.lines().isEmpty()) {
            missing(out, null, "lines", "at least one service line", "2400 SV1");
        }
        for (int i = 0; i < claim.lines().size(); i++) {
            Claim.Line line = claim.lines().get(i);
            if (line.procedure() != null
                    && line.units() != null
                    && line.units().signum() > 0
                    && line.charge() != null
                    && (line.charge().signum() > 0 || (line.charge().signum() == 0 && reportedAtZero(line)))
                    && line.serviceDate() != null) {
                continue; // the usual case, without building the line's path
            }
            String at = "lines[" + i + "].";
            int n = i + 1;
            if (line.procedure() == null) {
                missing(out, n, at + "procedure", "a procedure code on each service line", "2400 SV101-2");
            }
            if (line.units() == null) {
                missing(out, n, at + "units", "the units of each service line", "2400 SV104");
            } else if (line.units().signum() <= 0) {
                invalid(out, n, at + "units", line.units(), "a number of units above zero", "2400 SV104");
            }
            if (line.charge() == null) {
                missing(out, n, at + "charge", "the charge of each service line", "2400 SV102");
            } else if (line.charge().signum() < 0 || (line.charge().signum() == 0 && !reportedAtZero(line))) {
                invalid(out, n, at + "charge", line.charge(), "a charge above zero", "2400 SV102");
            }
            if (line.serviceDate() == null) {
                missing(out, n, at + "serviceDate", "the date of service of each service line", "2400 DTP03 (472)");
            }
        }
        return out;
    }

    /**
     * Quality data codes — CPT Category II ({@code 3044F}) and the HCPCS G-codes of quality reporting (G8000-G9999) —
     * are sent at $0.00, as CMS asks: they report, they are not paid.
     */
    static boolean reportedAtZero(Claim.Line line) {
        String p = line.procedure() == null ? "" : line.procedure().strip().toUpperCase(java.util.Locale.ROOT);
        return p.length() == 5 && (p.endsWith("F") || p.startsWith("G8") || p.startsWith("G9"));
    }

    /** A NUCC taxonomy code: nine capitals or digits, then X ({@code 207Q00000X}). */
    private static boolean isTaxonomy(String code) {
        if (code.length() != 10 || code.charAt(9) != 'X') {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            char c = code.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSex(String sex) {
        String s = sex.strip();
        return s.equalsIgnoreCase("F") || s.equalsIgnoreCase("M") || s.equalsIgnoreCase("U");
    }

    private static <T, R> @Nullable R get(@Nullable T parent, Function<T, @Nullable R> field) {
        return parent == null ? null : field.apply(parent);
    }

    private static void missing(List<Finding> out, @Nullable Integer line, String path, String what, String element) {
        add(out, line, path + " is missing: an 837P needs " + what + ".", element);
    }

    private static void invalid(
            List<Finding> out, @Nullable Integer line, String path, Object value, String what, String element) {
        String shown = value instanceof BigDecimal b ? b.toPlainString() : "\"" + value + "\"";
        add(out, line, path + " " + shown + " is not " + what + ".", element);
    }

    private static void add(List<Finding> out, @Nullable Integer line, String message, String element) {
        out.add(new Finding(RULE, Severity.ERROR, line, List.of(), message, X12.at(element)));
    }
}
