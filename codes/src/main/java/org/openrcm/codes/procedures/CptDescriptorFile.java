package org.openrcm.codes.procedures;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.csv.CsvHeader;
import org.openrcm.codes.csv.CsvReader;
import org.openrcm.codes.csv.CsvRecord;

/**
 * Reads CPT descriptors from a file the user is licensed to use (the AMA's data files, or a list of their own): comma-
 * or tab-separated with a header naming the code column ({@code code}, {@code CPT Code}, {@code HCPCS}…) and one or
 * more descriptor columns, told apart by their names: {@code Long Descriptor} (or {@code long_description}, or an
 * unqualified {@code descriptor}/{@code description}) gives the long title, {@code Short Descriptor} the short one, a
 * {@code Medium Descriptor} the long title when there is no long one, else the short one; consumer and clinician
 * descriptors are not titles and are left out. A code with only a short descriptor gets it as its long title too.
 * HCPCS Level II rows (a letter first) are skipped.
 */
public final class CptDescriptorFile {

    private CptDescriptorFile() {}

    public static Release read(InputStream in, String fileName, String releaseId, LocalDate effective) {
        CsvReader csv = CsvReader.ofCommaOrTab(in, fileName);
        List<String> header = ProcedureCsv.header(
                csv,
                h -> code(h) >= 0 && descriptors(h) != null,
                "a code column and a descriptor column (e.g. code,long_descriptor or CPT Code<TAB>Long Descriptor)");
        int code = code(header);
        int[] titles = descriptors(header);
        int longColumn = titles[0];
        int shortColumn = titles[1];
        Map<String, Code> codes = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        CsvRecord record;
        while ((record = csv.nextRow(header.size())) != null) {
            List<String> row = record.fields();
            String value = Cpt.rowCode(row.get(code), fileName, record.line());
            if (value == null) {
                continue;
            }
            String shortTitle = shortColumn < 0 ? "" : row.get(shortColumn).strip();
            String longTitle = longColumn < 0 ? "" : row.get(longColumn).strip();
            if (longTitle.isEmpty()) {
                longTitle = shortTitle;
            }
            if (longTitle.isEmpty()) {
                throw new CodeImportException(fileName, record.line(), "code " + value + " has no descriptor");
            }
            Code c = new Code(CodeSystem.CPT, value, true, shortTitle, longTitle);
            Code before = codes.putIfAbsent(value, c);
            if (before != null && !before.equals(c)) {
                throw new CodeImportException(
                        fileName,
                        record.line(),
                        "code " + value + " appears again (first on line " + lines.get(value)
                                + ") with another descriptor; the file should hold one descriptor of each kind per"
                                + " code");
            }
            lines.putIfAbsent(value, record.line());
        }
        if (codes.isEmpty()) {
            throw new CodeImportException(fileName, 0, "the file holds no CPT descriptors");
        }
        return new Release(CodeSystem.CPT, releaseId, effective, codes);
    }

    /**
     * The CPT numbers of {@code numbers} (their fee-schedule details kept) with the titles of {@code descriptors}, and
     * the codes only the descriptor file has; the release's id and date are those of {@code numbers}.
     */
    public static Release withTitles(Release numbers, Release descriptors) {
        if (numbers.system() != CodeSystem.CPT || descriptors.system() != CodeSystem.CPT) {
            throw new IllegalArgumentException("both releases are CPT releases");
        }
        Map<String, Code> codes = new LinkedHashMap<>();
        for (Code c : numbers.codes()) {
            Code d = descriptors.code(c.value()).orElse(null);
            codes.put(
                    c.value(),
                    d == null
                            ? c
                            : new Code(
                                    CodeSystem.CPT,
                                    c.value(),
                                    c.billable(),
                                    d.shortTitle(),
                                    d.longTitle(),
                                    c.validFrom(),
                                    c.validTo(),
                                    c.details()));
        }
        for (Code d : descriptors.codes()) {
            codes.putIfAbsent(d.value(), d);
        }
        return new Release(CodeSystem.CPT, numbers.id(), numbers.effective(), codes);
    }

    /**
     * Whether a file is a CPT descriptor file: a header (among its first lines) naming a code column and a descriptor
     * column, no HCPCS or fee-schedule fields, and a CPT code (five characters, a digit first) on the first row after
     * it.
     */
    public static boolean recognizes(String fileName, byte[] head) {
        List<List<String>> records =
                CsvReader.headCommaOrTab(head).stream().map(CsvRecord::fields).toList();
        for (int i = 0; i < records.size(); i++) {
            List<String> h = records.get(i);
            int code = code(h);
            if (code >= 0 && descriptors(h) != null) {
                if (CsvHeader.compactColumn(h, "RECID", "cov", "betos", "mod", "glob_days", "global_days", "pctc_ind")
                        >= 0) {
                    return false;
                }
                for (int j = i + 1; j < records.size(); j++) {
                    List<String> r = records.get(j);
                    if (!r.stream().allMatch(String::isBlank)) {
                        String v = code < r.size() ? r.get(code).strip() : "";
                        return !v.isEmpty() && Cpt.problem(v.toUpperCase(Locale.ROOT)) == null;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static int code(List<String> header) {
        int c = CsvHeader.compactColumn(header, Cpt.CODE);
        if (c >= 0) {
            return c;
        }
        for (int i = 0; i < header.size(); i++) {
            String k = CsvHeader.compactKey(header.get(i));
            if (k.contains("CODE") && !k.contains("CONCEPT") && !k.contains("DESCRI") && !k.contains("TYPE")) {
                return i;
            }
        }
        return -1;
    }

    /** The long and short title columns (-1 when absent), or null when the header names no descriptor. */
    private static int[] descriptors(List<String> header) {
        int longColumn = -1;
        int plain = -1;
        int medium = -1;
        int shortColumn = -1;
        for (int i = 0; i < header.size(); i++) {
            String k = CsvHeader.compactKey(header.get(i));
            if (!(k.contains("DESCRIPTOR") || k.contains("DESCRIPTION") || k.contains("TITLE"))
                    || k.contains("CONSUMER")
                    || k.contains("CLINICIAN")) {
                continue;
            }
            if (k.contains("LONG") || k.contains("FULL")) {
                longColumn = longColumn < 0 ? i : longColumn;
            } else if (k.contains("SHORT")) {
                shortColumn = shortColumn < 0 ? i : shortColumn;
            } else if (k.contains("MEDIUM")) {
                medium = medium < 0 ? i : medium;
            } else {
                plain = plain < 0 ? i : plain;
            }
        }
        if (longColumn < 0) {
            longColumn = plain >= 0 ? plain : medium;
            if (longColumn == medium) {
                medium = -1;
            }
        }
        if (shortColumn < 0) {
            shortColumn = medium;
        }
        return longColumn < 0 && shortColumn < 0 ? null : new int[] {longColumn, shortColumn};
    }
}
