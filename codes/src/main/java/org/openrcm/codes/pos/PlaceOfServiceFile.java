package org.openrcm.codes.pos;

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

/**
 * Reads a CMS place of service code list as CSV: a code column ({@code pos_code}, or CMS's heading {@code Place of
 * Service Code(s)}), a name, optionally a description and the fee schedule setting ({@code pos_type}: {@code
 * Facility} or {@code Non-Facility}). Every two-digit code 01-99 CMS lists is kept, the unassigned ones too, as not
 * billable: a claim carrying POS 28 is then explained as "Unassigned" rather than as an unknown code. A range such as
 * {@code 35-40} (how CMS's table lists unassigned codes) gives one code per number.
 */
public final class PlaceOfServiceFile {

    /** Detail: {@code Facility} or {@code Non-facility}, the MPFS rate a physician service there is paid at. */
    public static final String RATE = "Rate";

    public static final String FACILITY = "Facility";
    public static final String NON_FACILITY = "Non-facility";

    private static final String[] CODE = {"pos_code", "POS code", "Place of Service Code(s)", "Place of Service Code"};
    private static final String[] NAME = {"pos_name", "POS name", "Place of Service Name", "Name"};
    private static final String[] DESCRIPTION = {"pos_description", "Place of Service Description", "Description"};
    private static final String[] TYPE = {"pos_type", "Facility/Non-Facility", "Setting", "Type"};

    private static final Pattern CODE_OR_RANGE = Pattern.compile("(\\d{1,2})(?:\\s*-\\s*(\\d{1,2}))?");

    private PlaceOfServiceFile() {}

    /** Whether the first bytes of a file are a place of service list: its header names a POS code and a name. */
    public static boolean recognizes(String fileName, byte[] head) {
        return CsvReader.headHas(head, 5, PlaceOfServiceFile::isHeader);
    }

    private static boolean isHeader(CsvHeader h) {
        return h.has(CODE) && h.has(NAME);
    }

    /**
     * Whether a place of service is paid at the MPFS facility rate ({@code true}), the non-facility rate ({@code
     * false}), or the list does not say (an unassigned code, or a list without the setting column).
     */
    public static Optional<Boolean> facilityRate(Code pos) {
        String rate = pos.details().get(RATE);
        return rate == null ? Optional.empty() : Optional.of(FACILITY.equals(rate));
    }

    public static Release read(InputStream in, String fileName, String releaseId, LocalDate effective) {
        Map<String, Code> codes = new LinkedHashMap<>();
        try (CsvReader csv = CsvReader.of(in, fileName)) {
            CsvHeader h = csv.header(5, PlaceOfServiceFile::isHeader, "a POS code and a name column");
            int code = h.require(CODE);
            int name = h.require(NAME);
            int description = h.find(DESCRIPTION);
            int type = h.find(TYPE);
            for (CsvRecord r; (r = csv.next()) != null; ) {
                if (r.isBlank()) {
                    continue;
                }
                h.checkWidth(r);
                String n = r.text(name);
                if (n.isEmpty()) {
                    throw new CodeImportException(fileName, r.line(), "POS " + r.text(code) + " has no name");
                }
                boolean unassigned = n.equalsIgnoreCase("Unassigned");
                String d = description < 0 || r.text(description).isEmpty() ? n : r.text(description);
                Map<String, String> details = new LinkedHashMap<>();
                if (type >= 0 && !unassigned) {
                    String rate = rate(r.text(type));
                    if (rate == null) {
                        throw new CodeImportException(
                                fileName,
                                r.line(),
                                "the '" + h.name(type) + "' column holds '" + r.text(type)
                                        + "'; a place of service is Facility or Non-Facility");
                    }
                    if (!rate.isEmpty()) {
                        details.put(RATE, rate);
                    }
                }
                for (String value : values(r.text(code), fileName, r.line())) {
                    Code c = new Code(CodeSystem.POS, value, !unassigned, n, d, null, null, details);
                    if (codes.put(value, c) != null) {
                        throw new CodeImportException(fileName, r.line(), "POS " + value + " appears twice");
                    }
                }
            }
        }
        if (codes.isEmpty()) {
            throw new CodeImportException(fileName, 0, "the file holds no place of service codes");
        }
        return new Release(CodeSystem.POS, releaseId, effective, codes);
    }

    /** {@code Facility} or {@code Non-facility} for the file's spelling; "" when it gives none; null if unknown. */
    private static @Nullable String rate(String type) {
        String t = CsvHeader.key(type);
        return switch (t) {
            case "FACILITY", "F" -> FACILITY;
            case "NON FACILITY", "NONFACILITY", "NF" -> NON_FACILITY;
            case "", "UNASSIGNED", "N A" -> "";
            default -> null;
        };
    }

    /** {@code 11} → [11]; {@code 1} → [01]; {@code 35-40} → [35 … 40]. */
    private static String[] values(String text, String fileName, long line) {
        Matcher m = CODE_OR_RANGE.matcher(text);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from >= 1 && from <= to) {
                String[] out = new String[to - from + 1];
                for (int i = from; i <= to; i++) {
                    out[i - from] = String.format(Locale.ROOT, "%02d", i);
                }
                return out;
            }
        }
        throw new CodeImportException(
                fileName, line, "'" + text + "' is not a place of service code (two digits, 01-99)");
    }
}
