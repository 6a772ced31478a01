package org.openrcm.codes.procedures;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.csv.CsvHeader;
import org.openrcm.codes.csv.CsvReader;
import org.openrcm.codes.csv.CsvRecord;

/**
 * Reads HCPCS Level II codes from a comma-separated file with a header: the CMS alpha-numeric file as CSV ({@code HCPC,
 * SEQNUM, RECID, LONG DESCRIPTION, SHORT DESCRIPTION, PRICE1…4, MULT_PI, CIM1…3, MCM1…3, STATUTE, LABCERT1…8,
 * XREF1…5, COV, ASC_GRP, ASC_DT, …, PROCNOTE, BETOS, TOS1…5, ANEST_BU, ADD_DT, ACT_EFF_DT, TERM_DT, ACTION_CD}; a long
 * description over several rows as in the fixed-width file, modifiers by record id 7 and 8) or one row per code with
 * the same fields ({@code hcpcs_code, long_description, short_description, price, multi, cov, betos, tos, action,
 * xref, …, date_added, date_action, date_term}; several values in one field separated by {@code :} or {@code ,}).
 * Without a record id column a 2-character code is a modifier. Header names are compared without case, spaces and
 * underscores. Codes and details as {@link HcpcsAnwebFile} gives them.
 */
public final class HcpcsCsvFile {

    private static final String[] CODE = {"hcpcs_code", "HCPC", "HCPCS", "HCPCS code"};
    private static final String[] LONG = {"long_description", "long_desc", "long descriptor"};
    private static final String[] SHORT = {"short_description", "short_desc", "short descriptor"};
    private static final String[] ADMINISTRATIVE = {
        "RECID", "cov", "betos", "action", "ACTION_CD", "price", "PRICE1", "ADD_DT", "date_added"
    };

    private HcpcsCsvFile() {}

    public static HcpcsRelease read(InputStream in, String fileName, String releaseId, LocalDate effective) {
        CsvReader csv = CsvReader.ofCommaOrTab(in, fileName);
        List<String> header = ProcedureCsv.header(
                csv,
                h -> CsvHeader.compactColumn(h, CODE) >= 0 && CsvHeader.compactColumn(h, LONG) >= 0,
                "the HCPCS code and long description columns (hcpcs_code,long_description,… or HCPC,SEQNUM,RECID,LONG"
                        + " DESCRIPTION,…)");
        Columns c = new Columns(header);
        HcpcsRecords records = new HcpcsRecords(fileName);
        CsvRecord record;
        while ((record = csv.nextRow(header.size())) != null) {
            List<String> row = record.fields();
            long line = record.line();
            String value = row.get(c.code).strip().toUpperCase(Locale.ROOT);
            if (value.isEmpty()) {
                throw new CodeImportException(fileName, line, "the row has no code");
            }
            int sequence = -1;
            if (c.sequence >= 0) {
                String s = row.get(c.sequence).strip();
                if (!s.isEmpty()) {
                    if (!HcpcsRecords.digits(s, 0, s.length()) || s.length() > 9) {
                        throw new CodeImportException(
                                fileName,
                                line,
                                "'" + s + "' in " + header.get(c.sequence) + " is not a sequence number");
                    }
                    sequence = Integer.parseInt(s);
                }
            }
            char id;
            if (c.recordId >= 0) {
                String s = row.get(c.recordId).strip();
                if (s.length() != 1 || "3478".indexOf(s.charAt(0)) < 0) {
                    throw new CodeImportException(
                            fileName,
                            line,
                            "'" + s + "' in " + header.get(c.recordId) + " is not a record id: 3 or 4 for a procedure"
                                    + " code, 7 or 8 for a modifier");
                }
                id = s.charAt(0);
            } else {
                id = value.length() == 2 ? '7' : '3';
            }
            boolean modifier = id == '7' || id == '8';
            String longPart = row.get(c.longDescription);
            if (id == '4' || id == '8') {
                records.more(line, modifier, value, sequence, longPart);
                continue;
            }
            Map<String, String> details = new LinkedHashMap<>();
            if (modifier) {
                details.put(Details.TYPE, "HCPCS");
            }
            HcpcsRecords.put(details, Details.PRICING, list(row, c.pricing));
            HcpcsRecords.put(details, Details.MULTIPLE_PRICING, field(row, c.multiplePricing));
            HcpcsRecords.put(details, Details.COVERAGE_ISSUES_MANUAL, list(row, c.coverageManual));
            HcpcsRecords.put(details, Details.CARRIERS_MANUAL, list(row, c.carriersManual));
            HcpcsRecords.put(details, Details.STATUTE, field(row, c.statute));
            HcpcsRecords.put(details, Details.LAB_CERTIFICATION, list(row, c.lab));
            HcpcsRecords.put(details, Details.CROSS_REFERENCE, list(row, c.crossReference));
            HcpcsRecords.put(details, Details.COVERAGE, field(row, c.coverage));
            HcpcsRecords.put(details, Details.ASC_GROUP, field(row, c.ascGroup));
            HcpcsRecords.put(details, Details.ASC_GROUP_EFFECTIVE, date(row, c.ascDate, header, fileName, line));
            HcpcsRecords.put(details, Details.PROCESSING_NOTE, field(row, c.processingNote));
            HcpcsRecords.put(details, Details.BETOS, field(row, c.betos));
            HcpcsRecords.put(details, Details.TYPE_OF_SERVICE, list(row, c.typeOfService));
            String units = field(row, c.anesthesia).strip();
            if (!units.isEmpty() && !units.chars().allMatch(ch -> ch == '0')) {
                details.put(Details.ANESTHESIA_BASE_UNITS, units);
            }
            LocalDate added = date(row, c.added, header, fileName, line);
            LocalDate action = date(row, c.actionDate, header, fileName, line);
            LocalDate terminated = date(row, c.terminated, header, fileName, line);
            HcpcsRecords.put(details, Details.ACTION, field(row, c.action));
            HcpcsRecords.put(details, Details.ACTION_EFFECTIVE, action);
            records.first(
                    line,
                    modifier,
                    value,
                    sequence,
                    longPart,
                    field(row, c.shortDescription),
                    added,
                    action,
                    terminated,
                    details);
        }
        return records.release(releaseId, effective);
    }

    /**
     * Whether a file is a HCPCS CSV: a header (among its first lines) naming a HCPCS code column ({@code hcpcs_code},
     * {@code HCPC}, {@code HCPCS}), a long description and one of the CMS administrative fields (record id, coverage,
     * BETOS, action, pricing, added date).
     */
    public static boolean recognizes(String fileName, byte[] head) {
        for (List<String> r :
                CsvReader.headCommaOrTab(head).stream().map(CsvRecord::fields).toList()) {
            if (CsvHeader.compactColumn(r, CODE) >= 0
                    && CsvHeader.compactColumn(r, LONG) >= 0
                    && CsvHeader.compactColumn(r, ADMINISTRATIVE) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String field(List<String> row, int column) {
        return column < 0 ? "" : row.get(column);
    }

    /** The values of several columns, or several values of one column separated by ':' or ',', joined with ", ". */
    private static String list(List<String> row, int[] columns) {
        StringBuilder b = new StringBuilder();
        for (int column : columns) {
            for (String v : row.get(column).split("[:,]")) {
                String t = v.strip();
                if (!t.isEmpty()) {
                    if (!b.isEmpty()) {
                        b.append(", ");
                    }
                    b.append(t);
                }
            }
        }
        return b.toString();
    }

    private static @Nullable LocalDate date(
            List<String> row, int column, List<String> header, String fileName, long line) {
        return column < 0 ? null : ProcedureCsv.date(row.get(column), fileName, line, header.get(column));
    }

    /** Where each field is; -1 (or no column) when the file lacks it. */
    private static final class Columns {
        final int code;
        final int sequence;
        final int recordId;
        final int longDescription;
        final int shortDescription;
        final int[] pricing;
        final int multiplePricing;
        final int[] coverageManual;
        final int[] carriersManual;
        final int statute;
        final int[] lab;
        final int[] crossReference;
        final int coverage;
        final int ascGroup;
        final int ascDate;
        final int processingNote;
        final int betos;
        final int[] typeOfService;
        final int anesthesia;
        final int added;
        final int actionDate;
        final int terminated;
        final int action;

        Columns(List<String> h) {
            code = CsvHeader.compactColumn(h, CODE);
            sequence = CsvHeader.compactColumn(h, "SEQNUM", "seq_num", "sequence");
            recordId = CsvHeader.compactColumn(h, "RECID", "record_id");
            longDescription = CsvHeader.compactColumn(h, LONG);
            shortDescription = CsvHeader.compactColumn(h, SHORT);
            pricing = CsvHeader.compactColumns(h, "PRICE");
            multiplePricing = CsvHeader.compactColumn(h, "MULT_PI", "multi", "MULTI_PI");
            coverageManual = CsvHeader.compactColumns(h, "CIM");
            carriersManual = CsvHeader.compactColumns(h, "MCM");
            statute = CsvHeader.compactColumn(h, "statute");
            int[] labs = CsvHeader.compactColumns(h, "lab");
            lab = labs.length > 0 ? labs : CsvHeader.compactColumns(h, "LABCERT");
            crossReference = CsvHeader.compactColumns(h, "XREF");
            coverage = CsvHeader.compactColumn(h, "cov", "coverage");
            ascGroup = CsvHeader.compactColumn(h, "asc_grp", "asc_group");
            ascDate = CsvHeader.compactColumn(h, "ASC_DT", "asc_date");
            processingNote = CsvHeader.compactColumn(h, "PROCNOTE", "proc", "proc_note");
            betos = CsvHeader.compactColumn(h, "betos");
            typeOfService = CsvHeader.compactColumns(h, "TOS");
            anesthesia = CsvHeader.compactColumn(h, "ANEST_BU", "anes");
            added = CsvHeader.compactColumn(h, "ADD_DT", "date_added", "add_date");
            actionDate =
                    CsvHeader.compactColumn(h, "ACT_EFF_DT", "date_action", "action_date", "action_effective_date");
            terminated = CsvHeader.compactColumn(h, "TERM_DT", "date_term", "term_date", "termination_date");
            action = CsvHeader.compactColumn(h, "ACTION_CD", "action", "action_code");
        }
    }
}
