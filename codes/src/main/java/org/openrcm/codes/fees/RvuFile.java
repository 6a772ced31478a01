package org.openrcm.codes.fees;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.csv.CsvHeader;
import org.openrcm.codes.csv.CsvReader;
import org.openrcm.codes.csv.CsvRecord;

/**
 * Reads the MPFS relative value file (PPRRVU) as CSV into the RVU part of a fee schedule: one line per HCPCS code and
 * modifier. Columns are found by name, so both layouts are read:
 *
 * <ul>
 *   <li>column names in one row, {@code hcpcs, mod, description, status_code, work_rvu, non_fac_pe_rvu,
 *       non_fac_indicator, facility_pe_rvu, facility_indicator, mp_rvu, …, conv_factor};
 *   <li>CMS's own file: title and copyright lines, then the header row {@code HCPCS, MOD, DESCRIPTION, STATUS CODE,
 *       …}, where the two practice expense columns may both be named {@code PE RVU} (and the two NA indicators and
 *       totals alike) under {@code NON-FAC} and {@code FACILITY} on the row above; without that row the first is the
 *       non-facility one, as CMS orders them;
 *   <li>CMS's file with its header split over two rows: titles ({@code STATUS}, {@code WORK}, {@code NON-FAC},
 *       {@code FACILITY}, {@code MP}, {@code PCTC}, {@code GLOB}, {@code CONV} …) above the row {@code HCPCS, MOD,
 *       DESCRIPTION, CODE, PAYMENT, RVU, PE RVU, INDICATOR, PE RVU, INDICATOR, RVU, …}: a column is found by its name
 *       in the lower row or by both rows read together ({@code STATUS CODE}, {@code WORK RVU}).
 * </ul>
 *
 * A line below the table holding only text in its first column (CMS's notes) is skipped. An {@code NA} in a PE RVU
 * column reads as 0 with the NA indicator set.
 */
public final class RvuFile {

    private static final Pattern HCPCS = Pattern.compile("[0-9A-Z]{5}");
    private static final Pattern STATUS = Pattern.compile("[A-Z]");

    private RvuFile() {}

    public static boolean recognizes(String fileName, byte[] head) {
        return CsvReader.headHas(head, 20, RvuFile::isHeader);
    }

    private static boolean isHeader(CsvHeader h) {
        return h.has("HCPCS", "HCPCS Code")
                && h.has("MOD", "Modifier")
                && any(h, "STATUS CODE", "Status") >= 0
                && any(h, WORK) >= 0;
    }

    private static final String[] WORK = {"WORK RVU", "Work RVUs", "RVU Work", "Work"};

    /**
     * The column named one of {@code names} in the header row, or, failing that, by the header row and the title
     * above it together (CMS's {@code STATUS} over {@code CODE}); -1 if none.
     */
    private static int any(CsvHeader h, String... names) {
        int i = h.find(names);
        return i >= 0 ? i : h.findUnder(names);
    }

    private static int need(CsvHeader h, String... names) {
        int i = any(h, names);
        if (i < 0) {
            h.require(names); // throws, naming the column
        }
        return i;
    }

    /**
     * The column named one of {@code names}, alone or under the title of the row above; failing that the {@code
     * nth} of the columns named {@code repeated}; -1 if none.
     */
    private static int column(CsvHeader h, String[] names, String repeated, int nth) {
        int i = h.find(names);
        if (i < 0) {
            i = h.findUnder(names);
        }
        if (i < 0) {
            List<Integer> all = h.findAll(repeated);
            i = all.size() > nth ? all.get(nth) : -1;
        }
        return i;
    }

    private static int required(CsvHeader h, int column, String what) {
        if (column < 0) {
            throw new CodeImportException(
                    h.fileName(), h.line(), "the header row has no " + what + " column; it has " + h.names());
        }
        return column;
    }

    public static FeeSchedule read(InputStream in, String fileName, String scheduleId, LocalDate effective) {
        Map<String, Rvu> rvus = new LinkedHashMap<>();
        try (CsvReader csv = CsvReader.of(in, fileName)) {
            CsvHeader h = csv.header(20, RvuFile::isHeader, "HCPCS, MOD, STATUS CODE and WORK RVU columns");
            Columns c = new Columns(h);
            for (CsvRecord r; (r = csv.next()) != null; ) {
                if (r.isBlank()) {
                    continue;
                }
                String code = r.text(c.hcpcs).toUpperCase(Locale.ROOT);
                if (!HCPCS.matcher(code).matches()) {
                    if (onlyFirstField(r)) {
                        continue; // a note under the table
                    }
                    throw new CodeImportException(
                            fileName,
                            r.line(),
                            "'" + r.text(c.hcpcs) + "' is not a HCPCS code (five letters or digits)");
                }
                h.checkWidth(r);
                Rvu rvu = c.rvu(r, code, fileName);
                if (rvus.put(rvu.key(), rvu) != null) {
                    throw new CodeImportException(fileName, r.line(), rvu.key() + " appears twice");
                }
            }
        }
        if (rvus.isEmpty()) {
            throw new CodeImportException(fileName, 0, "the file holds no RVU lines");
        }
        return new FeeSchedule(scheduleId, effective, rvus, Map.of(), Map.of(), List.of(), List.of());
    }

    private static boolean onlyFirstField(CsvRecord r) {
        for (int i = 1; i < r.size(); i++) {
            if (!r.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The columns of one file's layout. */
    private static final class Columns {
        final CsvHeader h;
        final int hcpcs;
        final int mod;
        final int description;
        final int status;
        final int notUsed;
        final int work;
        final int nonFacPe;
        final int nonFacNa;
        final int facPe;
        final int facNa;
        final int mp;
        final int nonFacTotal;
        final int facTotal;
        final int pcTc;
        final int globalDays;
        final int preOp;
        final int intraOp;
        final int postOp;
        final int multProc;
        final int bilateral;
        final int assistant;
        final int coSurgeons;
        final int team;
        final int endoBase;
        final int convFactor;
        final int supervision;
        final int calcFlag;
        final int imagingFamily;
        final int oppsNonFacPe;
        final int oppsFacPe;
        final int oppsMp;

        Columns(CsvHeader h) {
            this.h = h;
            hcpcs = need(h, "HCPCS", "HCPCS Code");
            mod = need(h, "MOD", "Modifier");
            description = any(h, "DESCRIPTION", "Short Description", "Descriptor");
            status = need(h, "STATUS CODE", "Status");
            notUsed = any(h, "NOT USED FOR MEDICARE PAYMENT", "not_used_for_medicare_payment", "Not Used for Medicare");
            work = need(h, WORK);
            nonFacPe = required(
                    h,
                    column(h, new String[] {"NON FAC PE RVU", "NON FACILITY PE RVU", "NON FAC PE RVUS"}, "PE RVU", 0),
                    "non-facility PE RVU");
            facPe = required(
                    h, column(h, new String[] {"FACILITY PE RVU", "FACILITY PE RVUS"}, "PE RVU", 1), "facility PE RVU");
            nonFacNa = column(
                    h,
                    new String[] {"NON FAC INDICATOR", "NON FAC NA INDICATOR", "NON FACILITY NA INDICATOR"},
                    "NA INDICATOR",
                    0);
            facNa = column(h, new String[] {"FACILITY INDICATOR", "FACILITY NA INDICATOR"}, "NA INDICATOR", 1);
            mp = need(h, "MP RVU", "MP RVUs", "Malpractice RVU", "PLI RVU", "MP");
            nonFacTotal = column(h, new String[] {"NON FACILITY TOTAL", "NON FAC TOTAL"}, "TOTAL", 0);
            facTotal = column(h, new String[] {"FACILITY TOTAL"}, "TOTAL", 1);
            pcTc = any(h, "PCTC IND", "PCTC", "PC TC IND", "PCTC INDICATOR");
            globalDays = any(h, "GLOB DAYS", "GLOBAL DAYS", "GLOBAL", "GLOB");
            preOp = any(h, "PRE OP");
            intraOp = any(h, "INTRA OP");
            postOp = any(h, "POST OP");
            multProc = any(h, "MULT PROC", "MULTIPLE PROCEDURE");
            bilateral = any(h, "BILAT SURG", "BILATERAL SURGERY");
            assistant = any(h, "ASST SURG", "ASSISTANT SURGERY");
            coSurgeons = any(h, "CO SURG", "CO SURGEONS", "CO SURGERY");
            team = any(h, "TEAM SURG", "TEAM SURGERY");
            endoBase = any(h, "ENDO BASE", "ENDOSCOPIC BASE");
            int cf = any(h, "CONV FACTOR", "CONVERSION FACTOR");
            convFactor = cf >= 0 ? cf : column(h, new String[] {"CONV FACTOR"}, "FACTOR", 0);
            supervision =
                    any(h, "PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES", "PHYSICIAN SUPERVISION", "SUPERVISION");
            calcFlag = any(h, "CALCULATION FLAG");
            imagingFamily = any(h, "DIAGNOSTIC IMAGING FAMILY INDICATOR", "IMAGING FAMILY");
            oppsNonFacPe = any(h, "NON FACILITY PE USED FOR OPPS PAYMENT AMOUNT");
            oppsFacPe = any(h, "FACILITY PE USED FOR OPPS PAYMENT AMOUNT");
            oppsMp = any(h, "MP USED FOR OPPS PAYMENT AMOUNT");
        }

        Rvu rvu(CsvRecord r, String code, String fileName) {
            String st = r.text(status).toUpperCase(Locale.ROOT);
            if (!STATUS.matcher(st).matches()) {
                throw new CodeImportException(
                        fileName,
                        r.line(),
                        code + " has the status '" + r.text(status) + "'; a status code is one letter (A, I, X…)");
            }
            boolean nonFacilityNa = isNa(r, nonFacNa) || isNa(r, nonFacPe);
            boolean facilityNa = isNa(r, facNa) || isNa(r, facPe);
            Rvu.OppsCap opps = null;
            if (oppsNonFacPe >= 0 && oppsFacPe >= 0 && oppsMp >= 0) {
                BigDecimal a = h.decimal(r, oppsNonFacPe);
                BigDecimal b = h.decimal(r, oppsFacPe);
                BigDecimal m = h.decimal(r, oppsMp);
                if (a != null && b != null && m != null && (a.signum() != 0 || b.signum() != 0 || m.signum() != 0)) {
                    opps = new Rvu.OppsCap(a, b, m);
                }
            }
            Rvu.Policy policy = new Rvu.Policy(
                    text(r, pcTc),
                    text(r, globalDays),
                    number(r, preOp),
                    number(r, intraOp),
                    number(r, postOp),
                    text(r, multProc),
                    text(r, bilateral),
                    text(r, assistant),
                    text(r, coSurgeons),
                    text(r, team),
                    text(r, endoBase),
                    text(r, supervision),
                    text(r, calcFlag),
                    text(r, imagingFamily));
            return new Rvu(
                    code,
                    r.text(mod).toUpperCase(Locale.ROOT),
                    text(r, description),
                    st,
                    !text(r, notUsed).isEmpty(),
                    h.requireDecimal(r, work),
                    rvuOrNa(r, nonFacPe),
                    rvuOrNa(r, facPe),
                    h.requireDecimal(r, mp),
                    nonFacilityNa,
                    facilityNa,
                    number(r, nonFacTotal),
                    number(r, facTotal),
                    policy,
                    opps,
                    number(r, convFactor),
                    new Source(fileName, r.line()));
        }

        private static String text(CsvRecord r, int column) {
            return column < 0 ? "" : r.text(column);
        }

        private @Nullable BigDecimal number(CsvRecord r, int column) {
            return column < 0 || isNa(r, column) ? null : h.decimal(r, column);
        }

        private BigDecimal rvuOrNa(CsvRecord r, int column) {
            return isNa(r, column) ? BigDecimal.ZERO : h.requireDecimal(r, column);
        }

        private static boolean isNa(CsvRecord r, int column) {
            return column >= 0 && r.text(column).equalsIgnoreCase("NA");
        }
    }
}
