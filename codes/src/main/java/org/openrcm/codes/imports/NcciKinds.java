package org.openrcm.codes.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.openrcm.codes.csv.CsvHeader;

/**
 * How the NCCI tables are told apart by their header row (the names vary: {@code column1} in the published extracts,
 * {@code Column 1} in CMS's spreadsheets), and which kind of provider an MUE table or a PTP table is for. The tables
 * are read by the edits module; here they are only recognised, so that they are imported and stored like the code
 * sets. A gzip file ({@code .csv.gz}) is recognised by its first decompressed bytes.
 */
final class NcciKinds {

    /** The kinds of provider CMS publishes MUE tables for, in the words their names and rows use. */
    enum Service {
        PRACTITIONER,
        OUTPATIENT_HOSPITAL,
        DME_SUPPLIER
    }

    private NcciKinds() {}

    static boolean isPtp(byte[] head) {
        List<String> h = header(head);
        return has(h, "column1", "column1code")
                && has(h, "column2", "column2code")
                && startsWith(h, "deletiondate")
                && startsWith(h, "modifier");
    }

    /** A PTP table of outpatient hospital edits (CMS names them {@code ccioph-…}), not the practitioner one. */
    static boolean isHospitalPtp(String name, byte[] head) {
        String n = name.toLowerCase(Locale.ROOT);
        return isPtp(head) && (n.contains("hosp") || n.contains("ccioph") || n.contains("outpatient"));
    }

    static boolean isMue(byte[] head) {
        List<String> h = header(head);
        return has(h, "hcpcscode", "hcpcscptcode", "hcpcs")
                && (startsWith(h, "mueunits") || startsWith(h, "muevalue") || contains(h, "muevalues"))
                && (has(h, "muemai", "mai") || startsWith(h, "mueadjudicationindicator"));
    }

    /** The service of an MUE table: from its name, else from the {@code mue_service} column of its first row. */
    static Optional<Service> mueService(String name, byte[] head) {
        if (!isMue(head)) {
            return Optional.empty();
        }
        Optional<Service> byName = serviceOf(name);
        if (byName.isPresent()) {
            return byName;
        }
        List<String> lines =
                text(head).lines().filter(l -> !l.isBlank()).limit(2).toList();
        if (lines.size() < 2) {
            return Optional.empty();
        }
        List<String> h = fields(lines.get(0));
        List<String> row = fields(lines.get(1));
        for (int i = 0; i < h.size() && i < row.size(); i++) {
            String k = key(h.get(i));
            if (k.equals("mueservice") || k.equals("service")) {
                return serviceOf(row.get(i));
            }
        }
        return Optional.empty();
    }

    static boolean isMueOf(String name, byte[] head, Service service) {
        return mueService(name, head).filter(s -> s == service).isPresent();
    }

    /** An MUE table whose name and first row do not say which kind of provider it is for. */
    static boolean isMueOfNoService(String name, byte[] head) {
        return isMue(head) && mueService(name, head).isEmpty();
    }

    static boolean isAddOn(byte[] head) {
        List<String> h = header(head);
        return has(h, "primarycode", "primary") && has(h, "addoncode", "addon") && has(h, "aocedittype", "edittype");
    }

    private static Optional<Service> serviceOf(String text) {
        String c = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (c.contains("practitioner")) {
            return Optional.of(Service.PRACTITIONER);
        }
        if (c.contains("outpatienthospital") || c.contains("facility")) {
            return Optional.of(Service.OUTPATIENT_HOSPITAL);
        }
        if (c.contains("dme")) {
            return Optional.of(Service.DME_SUPPLIER);
        }
        return Optional.empty();
    }

    private static boolean has(List<String> header, String... keys) {
        return header.stream().anyMatch(h -> Arrays.asList(keys).contains(h));
    }

    private static boolean startsWith(List<String> header, String key) {
        return header.stream().anyMatch(h -> h.startsWith(key));
    }

    private static boolean contains(List<String> header, String key) {
        return header.stream().anyMatch(h -> h.contains(key));
    }

    /** A column name by its letters and digits, in lower case: {@code Column 1} → {@code column1}. */
    private static String key(String name) {
        return CsvHeader.compactKey(name).toLowerCase(Locale.ROOT);
    }

    /** The first non-empty line's fields, each as {@link #key}. */
    private static List<String> header(byte[] head) {
        return text(head)
                .lines()
                .filter(l -> !l.isBlank())
                .findFirst()
                .map(l -> fields(l).stream().map(NcciKinds::key).toList())
                .orElse(List.of());
    }

    private static List<String> fields(String line) {
        String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
        return Arrays.stream(l.split(",", -1))
                .map(f -> f.strip().replace("\"", ""))
                .toList();
    }

    /** The head as text, decompressed first when it is the start of a gzip file. */
    private static String text(byte[] head) {
        byte[] b = head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b ? gunzipStart(head) : head;
        String s = new String(b, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** As much of a cut gzip stream as its first bytes give. */
    private static byte[] gunzipStart(byte[] head) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            byte[] buffer = new byte[8192];
            int n;
            while (out.size() < 16384 && (n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // the head ends inside the stream: what was inflated so far is the start of the file
        }
        return out.toByteArray();
    }
}
