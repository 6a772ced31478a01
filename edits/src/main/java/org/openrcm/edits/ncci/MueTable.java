package org.openrcm.edits.ncci;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeImportException;

/** One MUE table (practitioner, outpatient hospital or DME supplier): a code's MUE, if it has one. */
public final class MueTable {

    private final String source;
    private final MueService service;
    private final @Nullable LocalDate effective;
    private final Map<String, Mue> byCode;

    private MueTable(String source, MueService service, @Nullable LocalDate effective, Map<String, Mue> byCode) {
        this.source = source;
        this.service = service;
        this.effective = effective;
        this.byCode = Map.copyOf(byCode);
    }

    public String source() {
        return source;
    }

    public MueService service() {
        return service;
    }

    /** The date the table takes effect, from the file name, if it has one. */
    public Optional<LocalDate> effective() {
        return Optional.ofNullable(effective);
    }

    public int size() {
        return byCode.size();
    }

    /** Every MUE of the table, in no particular order. */
    public java.util.Collection<Mue> all() {
        return byCode.values();
    }

    /** The MUE of a code (capitals or not); empty when CMS publishes none for it in this table. */
    public Optional<Mue> mue(String code) {
        Mue m = byCode.get(code);
        if (m == null && code != null) {
            m = byCode.get(code.strip().toUpperCase(java.util.Locale.ROOT));
        }
        return Optional.ofNullable(m);
    }

    /**
     * Reads an MUE file: a header naming {@code hcpcs_code}, {@code mue_units}, {@code mue_mai}, optionally
     * {@code mue_rationale} and {@code mue_service}; plain or gzip. The service comes from the file name ({@code
     * mue_practitioner_…}) or, failing that, from the {@code mue_service} column; where both are there they must
     * agree on every row. A code listed twice, units that are not a whole number, an MAI other than 1, 2, 3 are
     * refused with the file and line.
     */
    public static MueTable read(InputStream in, String fileName) {
        NcciCsv csv = new NcciCsv(in, fileName);
        List<String> header = csv.header();
        int code = csv.require(header, "hcpcs_code", "HCPCS/CPT Code", "HCPCS", "code");
        int units = csv.require(
                header,
                "mue_units",
                "mue_value",
                "MUE Values",
                "units",
                "Practitioner Services MUE Values",
                "Outpatient Hospital Services MUE Values",
                "DME Supplier Services MUE Values");
        int mai = csv.require(header, "mue_mai", "MUE Adjudication Indicator", "mai");
        int rat = NcciCsv.column(header, "mue_rationale", "MUE Rationale", "rationale");
        int svc = NcciCsv.column(header, "mue_service", "service");
        int width = Math.max(Math.max(code, units), Math.max(mai, Math.max(rat, svc))) + 1;
        MueService service = MueService.ofFileName(fileName).orElse(null);
        if (service == null && svc < 0) {
            throw new CodeImportException(
                    fileName,
                    1,
                    "neither the file name nor a mue_service column says whether the MUEs are for practitioners,"
                            + " outpatient hospitals or DME suppliers");
        }
        Map<String, Mue> byCode = new HashMap<>();
        Map<String, Long> lineOf = new HashMap<>();
        Map<String, String> rationales = new HashMap<>();
        while (csv.next()) {
            csv.requireFields(width);
            String c = CodeKey.unpack(csv.code(code, "hcpcs_code"));
            int u = csv.smallNumber(units);
            if (u < 0) {
                throw csv.fail("MUE units '" + csv.string(units) + "' is not a whole number");
            }
            String maiText = csv.string(mai);
            Mai m = maiText.isEmpty() || !Character.isDigit(maiText.charAt(0)) ? null : Mai.of(maiText.charAt(0) - '0');
            if (m == null || maiText.length() > 1 && Character.isDigit(maiText.charAt(1))) {
                throw csv.fail("MUE adjudication indicator '" + maiText + "' is not 1, 2 or 3");
            }
            if (svc >= 0) {
                String s = csv.string(svc);
                MueService rowService = MueService.ofLabel(s).orElse(null);
                if (rowService == null) {
                    throw csv.fail("mue_service '" + s + "' is not Practitioner, Outpatient Hospital or DME Supplier");
                }
                if (service == null) {
                    service = rowService;
                } else if (rowService != service) {
                    throw csv.fail("mue_service '" + s + "' in a table of " + service.label() + " MUEs");
                }
            }
            String r = rat < 0 || csv.isBlank(rat) ? null : rationales.computeIfAbsent(csv.string(rat), k -> k);
            Long before = lineOf.putIfAbsent(c, csv.line());
            if (before != null) {
                throw csv.fail(c + " is listed twice (first on line " + before + ")");
            }
            byCode.put(c, new Mue(c, service, u, m, r));
        }
        if (byCode.isEmpty()) {
            throw new CodeImportException(fileName, 0, "the file has a header and no MUEs");
        }
        return new MueTable(fileName, service, NcciFiles.effectiveDate(fileName).orElse(null), byCode);
    }
}
