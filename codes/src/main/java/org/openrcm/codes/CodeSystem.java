package org.openrcm.codes;

import java.util.Locale;
import org.openrcm.codes.icd10cm.Icd10cm;

/** The code systems OpenRCM loads from official releases, with how each writes its codes. */
public enum CodeSystem {
    /** ICD-10-CM diagnoses (CDC/CMS), released each October 1 with April updates. */
    ICD10CM("ICD-10-CM"),
    /** ICD-10-PCS inpatient procedures (CMS), released each October 1. */
    ICD10PCS("ICD-10-PCS"),
    /** HCPCS Level II (CMS), quarterly. */
    HCPCS("HCPCS Level II"),
    /** CPT (AMA): numbers from the MPFS RVU file; descriptors only from a licensed file the user supplies. */
    CPT("CPT"),
    /** Procedure modifiers: HCPCS Level II and CPT. */
    MODIFIER("Modifier"),
    /** CMS place of service codes. */
    POS("Place of service"),
    /** Claim adjustment reason codes (X12). */
    CARC("CARC"),
    /** Remittance advice remark codes (X12). */
    RARC("RARC"),
    /** Claim adjustment group codes: CO, CR, OA, PI, PR. */
    GROUP("Adjustment group"),
    /** NUCC health care provider taxonomy. */
    TAXONOMY("NUCC taxonomy"),
    /**
     * Not codes: the Medicare physician fee schedule (RVUs, GPCIs, conversion factors), dated and imported like the
     * code sets, for fee schedules.
     */
    MPFS("MPFS"),
    /**
     * Not codes: the Medicare NCCI edit tables (PTP, MUE, add-on code edits), imported and stored like the code sets
     * by quarter ({@code 2024Q3}) and read by the edits module.
     */
    NCCI("NCCI");

    private final String label;

    CodeSystem(String label) {
        this.label = label;
    }

    /** The name users know, e.g. {@code ICD-10-CM}. */
    public String label() {
        return label;
    }

    /**
     * A user's spelling of a code as stored ({@code e11.9} → {@code E119}, place of service {@code 1} → {@code 01}, CARC
     * {@code CO-45} → {@code 45}, as a remittance writes it with its group); {@code null} if it cannot be one.
     */
    public String normalize(String input) {
        if (this == ICD10CM) {
            return Icd10cm.normalize(input);
        }
        if (input == null || input.isBlank()) {
            return null;
        }
        String v = input.strip().toUpperCase(Locale.ROOT);
        return switch (this) {
            case ICD10PCS -> v.replace(".", "");
            case POS -> v.length() == 1 && Character.isDigit(v.charAt(0)) ? "0" + v : v;
            case CARC -> v.replaceFirst("^(CO|PR|OA|PI|CR)[- ]?(?=[0-9A-Z])", "");
            default -> v;
        };
    }

    /** A stored code as users write it ({@code E119} → {@code E11.9}). */
    public String display(String value) {
        return this == ICD10CM ? Icd10cm.dotted(value) : value;
    }

    /** {@code icd10cm}, {@code ICD-10-CM} or {@code hcpcs} → the system. */
    public static CodeSystem parse(String name) {
        String n = name.strip()
                .toUpperCase(Locale.ROOT)
                .replace("-", "")
                .replace("_", "")
                .replace(" ", "");
        for (CodeSystem s : values()) {
            if (s.name().equals(n)
                    || s.label
                            .toUpperCase(Locale.ROOT)
                            .replace("-", "")
                            .replace(" ", "")
                            .equals(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "'" + name + "' is not a code system; one of icd10cm, icd10pcs, hcpcs, cpt, modifier, pos, carc, rarc,"
                        + " group, taxonomy, mpfs, ncci");
    }
}
