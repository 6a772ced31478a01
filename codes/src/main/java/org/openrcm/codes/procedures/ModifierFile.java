package org.openrcm.codes.procedures;

import java.io.InputStream;
import java.time.LocalDate;
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
 * Reads a list of procedure modifiers (HCPCS Level II and CPT) with a header: {@code mod_code, mod_type, mod_category,
 * mod_description, mod_information, mod_instructions, mod_correct_use, mod_incorrect_use, mod_resources, note} or
 * plainer names ({@code modifier}, {@code type}, {@code description}…). The description is the long title (CPT
 * modifiers' wording is the AMA's and may be absent: their title is then empty); type, category and the usage notes
 * become {@link Details}. A modifier listed twice (KX under two categories; P1-P6 as HCPCS and CPT) is one code whose
 * types and categories are joined.
 */
public final class ModifierFile {

    private static final String[] CODE = {"mod_code", "modifier", "modifier_code", "mod", "code"};
    private static final String[] DESCRIPTION = {
        "mod_description", "description", "long_description", "long description", "descriptor"
    };

    private ModifierFile() {}

    public static Release read(InputStream in, String fileName, String releaseId, LocalDate effective) {
        CsvReader csv = CsvReader.ofCommaOrTab(in, fileName);
        List<String> header = ProcedureCsv.header(
                csv,
                h -> CsvHeader.compactColumn(h, CODE) >= 0
                        && (CsvHeader.compactColumn(h, DESCRIPTION) >= 0
                                || CsvHeader.compactColumn(h, "mod_type", "type") >= 0),
                "a modifier column and a description or type column (e.g. mod_code,mod_type,mod_category,"
                        + "mod_description)");
        int code = CsvHeader.compactColumn(header, CODE);
        int description = CsvHeader.compactColumn(header, DESCRIPTION);
        int shortDescription =
                CsvHeader.compactColumn(header, "mod_short_description", "short_description", "short description");
        String[][] fields = {
            {Details.TYPE, "mod_type", "type"},
            {Details.MODIFIER_CATEGORY, "mod_category", "category"},
            {Details.INFORMATION, "mod_information", "information"},
            {Details.INSTRUCTIONS, "mod_instructions", "instructions"},
            {Details.CORRECT_USE, "mod_correct_use", "correct_use"},
            {Details.INCORRECT_USE, "mod_incorrect_use", "incorrect_use"},
            {Details.RESOURCES, "mod_resources", "resources"},
            {Details.NOTE, "note", "notes"},
        };
        int[] columns = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            columns[i] = CsvHeader.compactColumn(header, fields[i][1], fields[i][2]);
        }
        Map<String, Code> codes = new LinkedHashMap<>();
        CsvRecord record;
        while ((record = csv.nextRow(header.size())) != null) {
            List<String> row = record.fields();
            String value = row.get(code).strip().toUpperCase(Locale.ROOT);
            String problem = HcpcsRecords.problem(value, true);
            if (problem != null) {
                throw new CodeImportException(
                        fileName, record.line(), problem.replace("a HCPCS modifier", "a procedure modifier"));
            }
            Map<String, String> details = new LinkedHashMap<>();
            for (int i = 0; i < fields.length; i++) {
                if (columns[i] >= 0) {
                    HcpcsRecords.put(details, fields[i][0], row.get(columns[i]));
                }
            }
            String longTitle = description < 0 ? "" : row.get(description).strip();
            String shortTitle =
                    shortDescription < 0 ? "" : row.get(shortDescription).strip();
            Code before = codes.get(value);
            if (before != null) {
                longTitle = before.longTitle().isEmpty() ? longTitle : before.longTitle();
                shortTitle = before.shortTitle().isEmpty() ? shortTitle : before.shortTitle();
                details = joined(before.details(), details, fields);
            }
            codes.put(value, new Code(CodeSystem.MODIFIER, value, true, shortTitle, longTitle, null, null, details));
        }
        if (codes.isEmpty()) {
            throw new CodeImportException(fileName, 0, "the file holds no modifiers");
        }
        return new Release(CodeSystem.MODIFIER, releaseId, effective, codes);
    }

    /**
     * Whether a file is a modifier list: a header (among its first lines) naming a modifier column ({@code mod_code},
     * {@code modifier}) and a description or type, with a two-character code on the first row after it.
     */
    public static boolean recognizes(String fileName, byte[] head) {
        List<List<String>> records =
                CsvReader.headCommaOrTab(head).stream().map(CsvRecord::fields).toList();
        for (int i = 0; i < records.size(); i++) {
            List<String> h = records.get(i);
            int code = CsvHeader.compactColumn(h, "mod_code", "modifier", "modifier_code");
            if (code >= 0
                    && (CsvHeader.compactColumn(h, DESCRIPTION) >= 0
                            || CsvHeader.compactColumn(h, "mod_type", "type") >= 0)) {
                for (int j = i + 1; j < records.size(); j++) {
                    List<String> r = records.get(j);
                    if (!r.stream().allMatch(String::isBlank)) {
                        return code < r.size() && r.get(code).strip().length() == 2;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Two rows of one modifier: type and category values joined, other fields from the first row that has them. */
    private static Map<String, String> joined(
            Map<String, String> first, Map<String, String> second, String[][] fields) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] f : fields) {
            String key = f[0];
            String a = first.get(key);
            String b = second.get(key);
            if (a == null || b == null) {
                if (a != null || b != null) {
                    out.put(key, a != null ? a : b);
                }
            } else if (key.equals(Details.TYPE) || key.equals(Details.MODIFIER_CATEGORY)) {
                out.put(key, List.of(a.split(", ")).contains(b) ? a : a + ", " + b);
            } else {
                out.put(key, a);
            }
        }
        return out;
    }
}
