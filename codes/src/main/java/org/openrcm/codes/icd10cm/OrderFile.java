package org.openrcm.codes.icd10cm;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.openrcm.codes.CmsOrderFile;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;

/**
 * Reads the CMS ICD-10-CM order file ({@code icd10cm_order_YYYY.txt}): fixed width, one code per line: order number
 * (columns 1-5), code (7-13), billable flag 0/1 (15), short title (17-76), long title (78 on). The whole file is read
 * and checked before the release exists, so a truncated or damaged file yields nothing ({@link CmsOrderFile}, the
 * layout ICD-10-PCS shares).
 */
public final class OrderFile {

    private OrderFile() {}

    /** The FY release of an order file: FY2026 takes effect on October 1, 2025. */
    public static LocalDate fiscalYearStart(int fiscalYear) {
        return CmsOrderFile.fiscalYearStart(fiscalYear);
    }

    /**
     * Whether a file is an ICD-10-CM order file: its first lines are order-file records of diagnosis codes (a letter
     * first; ICD-10-PCS order files have the same layout with procedure codes, which a digit begins in their first
     * section).
     */
    public static boolean recognizes(String fileName, byte[] head) {
        List<String> codes = CmsOrderFile.headCodes(head);
        return !codes.isEmpty() && codes.stream().allMatch(c -> c.equals(Icd10cm.normalize(c)));
    }

    public static Release read(InputStream in, String fileName, String releaseId, LocalDate effective) {
        return CmsOrderFile.read(
                in,
                fileName,
                CodeSystem.ICD10CM,
                (value, billable) ->
                        value.equals(Icd10cm.normalize(value)) ? null : "'" + value + "' is not an ICD-10-CM code",
                releaseId,
                effective);
    }
}
