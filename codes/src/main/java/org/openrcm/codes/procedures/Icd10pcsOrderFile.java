package org.openrcm.codes.procedures;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CmsOrderFile;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;

/**
 * Reads the CMS ICD-10-PCS order file ({@code icd10pcs_order_YYYY.txt}), laid out like the ICD-10-CM one ({@link
 * CmsOrderFile}): a valid code has 7 characters and flag 1, a header (the first three characters: section, body
 * system, operation, e.g. {@code 0DT} "Gastrointestinal System, Resection") fewer and flag 0. PCS codes use digits and
 * letters except I and O.
 */
public final class Icd10pcsOrderFile {

    private Icd10pcsOrderFile() {}

    public static Release read(InputStream in, String fileName, String releaseId, LocalDate effective) {
        return CmsOrderFile.read(in, fileName, CodeSystem.ICD10PCS, Icd10pcsOrderFile::problem, releaseId, effective);
    }

    /**
     * Whether a file is a PCS order file: order-file lines whose codes are PCS codes, one of them beginning with a
     * digit (ICD-10-CM codes begin with a letter) or a name saying {@code pcs} when the head cannot tell.
     */
    public static boolean recognizes(String fileName, byte[] head) {
        List<String> codes = CmsOrderFile.headCodes(head);
        if (codes.isEmpty()) {
            return false;
        }
        boolean digitFirst = false;
        for (String c : codes) {
            if (problem(c, c.length() == 7) != null) {
                return false;
            }
            digitFirst |= Character.isDigit(c.charAt(0));
        }
        return digitFirst || fileName.toLowerCase(Locale.ROOT).contains("pcs");
    }

    static @Nullable String problem(String value, boolean valid) {
        if (value.isEmpty() || value.length() > 7) {
            return "'" + value + "' is not an ICD-10-PCS code";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') || c == 'I' || c == 'O') {
                return "'" + value + "' is not an ICD-10-PCS code: PCS codes use digits and capital letters other"
                        + " than I and O";
            }
        }
        if (valid && value.length() != 7) {
            return "'" + value + "' is flagged as a valid code but has " + value.length()
                    + " characters; ICD-10-PCS codes have 7";
        }
        if (!valid && value.length() == 7) {
            return "'" + value + "' has 7 characters but is flagged as a header (0); a header is shorter";
        }
        return null;
    }
}
