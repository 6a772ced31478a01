package org.openrcm.codes.taxonomy;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.csv.CsvHeader;
import org.openrcm.codes.csv.CsvReader;
import org.openrcm.codes.csv.CsvRecord;
import org.openrcm.codes.imports.ReleaseName;

/**
 * Reads the NUCC health care provider taxonomy in NUCC's CSV layout ({@code Code, Grouping, Classification,
 * Specialization, Definition, Notes, Display Name, Section}) into a release. NUCC publishes twice a year: version 25.0
 * takes effect on January 1, 2025 and 25.1 on July 1, 2025, and the files are named for it ({@code
 * nucc_taxonomy_251.csv}).
 *
 * <p>A code's short title is its classification, with the specialization after a comma ({@code Family Medicine},
 * {@code Family Medicine, Adult Medicine}); its long title is NUCC's display name ({@code Family Medicine
 * Physician}). A code NUCC has marked inactive is kept, not billable, with the date it was marked inactive, and its
 * deactivation date as the last day it is valid when the notes give one.
 */
public final class NuccTaxonomyFile {

    public static final String GROUPING = "Grouping";
    public static final String CLASSIFICATION = "Classification";
    public static final String SPECIALIZATION = "Specialization";
    /** Detail: {@code Individual} or {@code Non-Individual}. */
    public static final String SECTION = "Section";

    public static final String DEFINITION = "Definition";
    /** Detail: NUCC's notes (source, history), with its {@code <br/>} as line breaks. */
    public static final String NOTES = "Notes";
    /** Detail: the date NUCC marked the code inactive, {@code YYYY-MM-DD}. */
    public static final String INACTIVE_SINCE = "Inactive since";

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{9}X");
    private static final Pattern VERSION_IN_NAME = Pattern.compile("(?<![0-9])([0-9]{2})[._]?([01])(?![0-9])");
    private static final Pattern MARKED_INACTIVE =
            Pattern.compile("(?:([0-9]{1,2}/[0-9]{1,2}/[0-9]{4})\\s*:\\s*)?marked inactive", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEACTIVATION_DATE =
            Pattern.compile("Deactivation Date:\\s*([0-9]{1,2}/[0-9]{1,2}/[0-9]{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK = Pattern.compile("\\s*<br\\s*/?>\\s*", Pattern.CASE_INSENSITIVE);

    private NuccTaxonomyFile() {}

    /** Whether the first bytes of a file are a NUCC taxonomy: a header with Code, Grouping and Classification. */
    public static boolean recognizes(String fileName, byte[] head) {
        return CsvReader.headHas(head, 3, NuccTaxonomyFile::isHeader);
    }

    private static boolean isHeader(CsvHeader h) {
        return h.has("Code") && h.has(GROUPING) && h.has(CLASSIFICATION);
    }

    /** The NUCC version a file name gives: {@code nucc_taxonomy_251.csv} → 25.1, effective July 1, 2025. */
    public static Optional<ReleaseName> releaseOf(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (!name.contains("taxonomy") && !name.contains("nucc")) {
            return Optional.empty();
        }
        Matcher m = VERSION_IN_NAME.matcher(name);
        if (!m.find()) {
            return Optional.empty();
        }
        int year = 2000 + Integer.parseInt(m.group(1));
        boolean july = m.group(2).equals("1");
        return Optional.of(new ReleaseName(m.group(1) + "." + m.group(2), LocalDate.of(year, july ? 7 : 1, 1)));
    }

    /** Reads a file whose name tells its version ({@link #releaseOf}). */
    public static Release read(InputStream in, String fileName) {
        ReleaseName r = releaseOf(fileName)
                .orElseThrow(() -> new CodeImportException(
                        fileName,
                        0,
                        "the NUCC version cannot be told from the file name (as in nucc_taxonomy_251.csv);"
                                + " give the release and its date"));
        return read(in, fileName, r.id(), r.effective());
    }

    public static Release read(InputStream in, String fileName, String releaseId, LocalDate effective) {
        Map<String, Code> codes = new LinkedHashMap<>();
        try (CsvReader csv = CsvReader.of(in, fileName)) {
            CsvHeader h = csv.header(3, NuccTaxonomyFile::isHeader, "Code, Grouping and Classification columns");
            int code = h.require("Code");
            int grouping = h.require(GROUPING);
            int classification = h.require(CLASSIFICATION);
            int specialization = h.find(SPECIALIZATION);
            int definition = h.find(DEFINITION);
            int notes = h.find(NOTES);
            int displayName = h.find("Display Name");
            int section = h.find(SECTION);
            for (CsvRecord r; (r = csv.next()) != null; ) {
                if (r.isBlank()) {
                    continue;
                }
                h.checkWidth(r);
                String value = r.text(code);
                if (!CODE.matcher(value).matches()) {
                    throw new CodeImportException(
                            fileName,
                            r.line(),
                            "'" + value + "' is not a taxonomy code (ten characters, the last an X)");
                }
                String cls = r.text(classification);
                if (cls.isEmpty() || r.text(grouping).isEmpty()) {
                    throw new CodeImportException(
                            fileName, r.line(), "taxonomy " + value + " has no grouping or classification");
                }
                String spec = text(r, specialization);
                String shortTitle = spec.isEmpty() ? cls : cls + ", " + spec;
                String display = text(r, displayName);
                String note = BREAK.matcher(text(r, notes)).replaceAll("\n").strip();
                Map<String, String> details = new LinkedHashMap<>();
                details.put(GROUPING, r.text(grouping));
                details.put(CLASSIFICATION, cls);
                put(details, SPECIALIZATION, spec);
                put(details, SECTION, text(r, section));
                put(details, DEFINITION, text(r, definition));
                put(details, NOTES, note);
                Matcher inactive = MARKED_INACTIVE.matcher(note);
                boolean marked = inactive.find();
                boolean active = !marked && !display.toLowerCase(Locale.ROOT).startsWith("deactivated");
                LocalDate validTo = null;
                if (!active) {
                    LocalDate since =
                            marked && inactive.group(1) != null ? CsvHeader.parseDate(inactive.group(1)) : null;
                    if (since != null) {
                        details.put(INACTIVE_SINCE, since.toString());
                    }
                    Matcher d = DEACTIVATION_DATE.matcher(note);
                    validTo = d.find() ? CsvHeader.parseDate(d.group(1)) : null;
                }
                Code c = new Code(
                        CodeSystem.TAXONOMY,
                        value,
                        active,
                        shortTitle,
                        display.isEmpty() ? shortTitle : display,
                        null,
                        validTo,
                        details);
                if (codes.put(value, c) != null) {
                    throw new CodeImportException(fileName, r.line(), "taxonomy " + value + " appears twice");
                }
            }
        }
        if (codes.isEmpty()) {
            throw new CodeImportException(fileName, 0, "the file holds no taxonomy codes");
        }
        return new Release(CodeSystem.TAXONOMY, releaseId, effective, codes);
    }

    private static String text(CsvRecord r, int column) {
        return column < 0 ? "" : r.text(column);
    }

    private static void put(Map<String, String> details, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            details.put(key, value);
        }
    }
}
