package org.openrcm.codes.procedures;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.csv.CsvHeader;
import org.openrcm.codes.csv.CsvReader;
import org.openrcm.codes.csv.CsvRecord;

/**
 * Reads the CPT code numbers from the Medicare Physician Fee Schedule RVU file ({@code PPRRVU2024_JUL…csv}: {@code
 * hcpcs, mod, description, status_code, …, glob_days, …}) or a list derived from it ({@code code, code_category,
 * mpfs_status_code, global_days}). The descriptors are the AMA's and are not in these files, so a code's titles are
 * empty unless the file has a description (CMS publishes the short ones of the office visits 99202-99215), which then
 * serves as both titles; a licensed descriptor file adds them ({@link CptDescriptorFile#withTitles}). HCPCS Level II
 * rows (a letter first) are skipped; a code with modifier rows (26, TC, 53) is one code, its details (category, MPFS
 * status, global days) from its row without a modifier.
 */
public final class CptNumbersFile {

    private static final String[] STATUS = {"status_code", "mpfs_status_code", "status code", "status"};
    private static final String[] GLOBAL = {"glob_days", "global_days", "glob days", "global"};

    private CptNumbersFile() {}

    public static Release read(InputStream in, String fileName, String releaseId, LocalDate effective) {
        CsvReader csv = CsvReader.ofCommaOrTab(in, fileName);
        List<String> header = ProcedureCsv.header(
                csv,
                h -> CsvHeader.compactColumn(h, Cpt.CODE) >= 0,
                "a code column (hcpcs, as in the MPFS RVU file, or code)");
        int code = CsvHeader.compactColumn(header, Cpt.CODE);
        int modifier = CsvHeader.compactColumn(header, "mod", "modifier");
        int description = CsvHeader.compactColumn(header, "description", "short_description", "descriptor");
        int status = CsvHeader.compactColumn(header, STATUS);
        int global = CsvHeader.compactColumn(header, GLOBAL);
        Map<String, Code> codes = new LinkedHashMap<>();
        Map<String, Long> plainRow = new HashMap<>();
        CsvRecord record;
        while ((record = csv.nextRow(header.size())) != null) {
            List<String> row = record.fields();
            String value = Cpt.rowCode(row.get(code), fileName, record.line());
            if (value == null) {
                continue;
            }
            boolean plain = modifier < 0 || row.get(modifier).isBlank();
            if (plain) {
                Long before = plainRow.putIfAbsent(value, record.line());
                if (before != null) {
                    throw new CodeImportException(
                            fileName,
                            record.line(),
                            "code " + value + " appears again"
                                    + (modifier >= 0 ? " without a modifier" : "")
                                    + " (first on line " + before + ")");
                }
            } else if (codes.containsKey(value)) {
                continue;
            }
            Map<String, String> details = new LinkedHashMap<>();
            details.put(Details.CATEGORY, Cpt.category(value));
            if (status >= 0) {
                HcpcsRecords.put(details, Details.STATUS, row.get(status));
            }
            if (global >= 0) {
                HcpcsRecords.put(details, Details.GLOBAL_DAYS, row.get(global));
            }
            String title = description < 0 ? "" : row.get(description).strip();
            codes.put(value, new Code(CodeSystem.CPT, value, true, title, title, null, null, details));
        }
        if (codes.isEmpty()) {
            throw new CodeImportException(fileName, 0, "the file holds no CPT codes");
        }
        return new Release(CodeSystem.CPT, releaseId, effective, codes);
    }

    /**
     * Whether a file lists CPT numbers with their fee-schedule data: a header (among its first lines) naming a code
     * column and an MPFS status or global days column, and no descriptor column (that is a {@link CptDescriptorFile}).
     */
    public static boolean recognizes(String fileName, byte[] head) {
        for (List<String> r :
                CsvReader.headCommaOrTab(head).stream().map(CsvRecord::fields).toList()) {
            if (CsvHeader.compactColumn(r, Cpt.CODE) >= 0) {
                return (CsvHeader.compactColumn(r, STATUS) >= 0 || CsvHeader.compactColumn(r, GLOBAL) >= 0)
                        && r.stream().noneMatch(h -> CsvHeader.compactKey(h).contains("DESCRIPTOR"));
            }
        }
        return false;
    }
}
