package org.openrcm.edits.ncci;

import java.util.Locale;
import java.util.Optional;

/** The three MUE tables CMS publishes, one per kind of provider; each file says which in its name and rows. */
public enum MueService {
    PRACTITIONER("Practitioner", "practitioner"),
    OUTPATIENT_HOSPITAL("Outpatient Hospital", "outpatient_hospital"),
    DME_SUPPLIER("DME Supplier", "dme_supplier");

    private final String label;
    private final String fileWord;

    MueService(String label, String fileWord) {
        this.label = label;
        this.fileWord = fileWord;
    }

    /** As the files write it: {@code Outpatient Hospital}. */
    public String label() {
        return label;
    }

    /** The service a file name names ({@code mue_dme_supplier_eff_2024-07-01.csv}), if it names one. */
    public static Optional<MueService> ofFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (MueService s : values()) {
            if (n.contains(s.fileWord)) {
                return Optional.of(s);
            }
        }
        // CMS's own names: "MCR_MUE_PractitionerServices", "..._OutpatientHospitalServices", "..._DMESupplierServices"
        String c = n.replace("_", "");
        if (c.contains("practitioner")) {
            return Optional.of(PRACTITIONER);
        }
        if (c.contains("outpatienthospital") || c.contains("facility")) {
            return Optional.of(OUTPATIENT_HOSPITAL);
        }
        if (c.contains("dme")) {
            return Optional.of(DME_SUPPLIER);
        }
        return Optional.empty();
    }

    /** The service a {@code mue_service} value names, compared ignoring case and spacing. */
    static Optional<MueService> ofLabel(String label) {
        String l = label.strip();
        for (MueService s : values()) {
            if (s.label.equalsIgnoreCase(l) || s.name().equalsIgnoreCase(l.replace(' ', '_'))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
