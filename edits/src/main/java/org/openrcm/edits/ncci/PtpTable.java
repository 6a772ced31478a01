package org.openrcm.edits.ncci;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeImportException;

/**
 * The NCCI procedure-to-procedure table (practitioner or hospital), immutable and compact: codes interned to int ids
 * in code order, and one row per edit in parallel arrays sorted by column 1, column 2 and deletion date, with the
 * first row of each column 1 code indexed. The 2.5 million rows of a practitioner file take about 30 MB; a lookup is
 * a hash probe and a binary search among the one code's column 2 codes.
 *
 * <p>A pair may have several rows: an edit deleted and put back, or replaced to change its modifier indicator (CMS
 * deletes the old row at the end of a quarter and adds the new one the day after). For a date of service, {@link
 * #edit} takes the earliest-ending row still in force on that date: the one the date falls in, since a pair's rows
 * follow one another in time. When the file gives effective dates (CMS's own files do; the extract read here does
 * not) they are respected too.
 */
public final class PtpTable {

    private final String source;
    private final @Nullable LocalDate effective;
    private final CodeKey.Ids ids;
    private final String[] codes;
    /** First row of each column 1 id; {@code rowStart[id + 1]} ends it. */
    private final int[] rowStart;

    private final int[] column2;
    /** Last date of service (epoch day), {@link NcciCsv#NO_DATE} when in force. */
    private final int[] deletion;
    /** First date of service (epoch day), or {@code null} when the file has no effective dates. */
    private final int @Nullable [] effectiveFrom;

    private final byte[] modifier;
    /** Index into {@link #rationales}, -1 when none. */
    private final byte[] rationale;

    private final String[] rationales;
    private final int active;

    private PtpTable(
            String source,
            @Nullable LocalDate effective,
            CodeKey.Ids ids,
            int[] rowStart,
            int[] column2,
            int[] deletion,
            int @Nullable [] effectiveFrom,
            byte[] modifier,
            byte[] rationale,
            String[] rationales) {
        this.source = source;
        this.effective = effective;
        this.ids = ids;
        this.codes = ids.codes();
        this.rowStart = rowStart;
        this.column2 = column2;
        this.deletion = deletion;
        this.effectiveFrom = effectiveFrom;
        this.modifier = modifier;
        this.rationale = rationale;
        this.rationales = rationales;
        int a = 0;
        for (int d : deletion) {
            if (d == NcciCsv.NO_DATE) {
                a++;
            }
        }
        this.active = a;
    }

    /** The file the table was read from. */
    public String source() {
        return source;
    }

    /** The date the release takes effect, from the file name ({@code eff_2024-07-01}), if it has one. */
    public Optional<LocalDate> effective() {
        return Optional.ofNullable(effective);
    }

    /** Every row, deleted ones included. */
    public int size() {
        return column2.length;
    }

    /** Rows without a deletion date: the edits in force at the end of the release. */
    public int activeCount() {
        return active;
    }

    /** Rows with a deletion date. */
    public int deletedCount() {
        return size() - active;
    }

    /** The codes that appear in either column. */
    public int codeCount() {
        return codes.length;
    }

    /**
     * The edit for {@code column1} billed with {@code column2} on {@code dateOfService}: the pair's row in force on
     * that date (a row deleted before it does not apply), empty when none. Only this order: the table has {@code
     * 99214/99211}, not {@code 99211/99214}; a claim checks both orders. Modifier indicator 9 rows are returned as
     * they are (they say the pair is not an edit).
     */
    public Optional<PtpEdit> edit(String column1, String column2, LocalDate dateOfService) {
        int id1 = ids.get(CodeKey.pack(column1));
        int row = find(id1, column2, (int) dateOfService.toEpochDay());
        return row < 0 ? Optional.empty() : Optional.of(edit(id1, row));
    }

    /** Whether {@code column1}/{@code column2} is an edit on that date: {@link #edit} without the record. */
    public boolean hasEdit(String column1, String column2, LocalDate dateOfService) {
        return find(ids.get(CodeKey.pack(column1)), column2, (int) dateOfService.toEpochDay()) >= 0;
    }

    /** The edits with {@code column1} as column 1 in force on {@code dateOfService}, by column 2 code's order. */
    public List<PtpEdit> pairsFor(String column1, LocalDate dateOfService) {
        int id1 = ids.get(CodeKey.pack(column1));
        if (id1 < 0) {
            return List.of();
        }
        int day = (int) dateOfService.toEpochDay();
        List<PtpEdit> out = new ArrayList<>();
        for (int r = rowStart[id1], end = rowStart[id1 + 1]; r < end; r++) {
            if (applies(r, day) && (r == rowStart[id1] || column2[r - 1] != column2[r] || !applies(r - 1, day))) {
                out.add(edit(id1, r));
            }
        }
        return out;
    }

    /** Every row with {@code column1} as column 1, deleted ones included, in the table's order. */
    public List<PtpEdit> rowsFor(String column1) {
        int id1 = ids.get(CodeKey.pack(column1));
        if (id1 < 0) {
            return List.of();
        }
        List<PtpEdit> out = new ArrayList<>();
        for (int r = rowStart[id1], end = rowStart[id1 + 1]; r < end; r++) {
            out.add(edit(id1, r));
        }
        return out;
    }

    private int find(int id1, String column2, int day) {
        if (id1 < 0) {
            return -1;
        }
        int id2 = ids.get(CodeKey.pack(column2));
        if (id2 < 0) {
            return -1;
        }
        int lo = rowStart[id1];
        int hi = rowStart[id1 + 1] - 1;
        // the first row of id2 in the run
        while (lo <= hi) {
            int mid = lo + hi >>> 1;
            if (this.column2[mid] < id2) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int r = lo, end = rowStart[id1 + 1]; r < end && this.column2[r] == id2; r++) {
            if (applies(r, day)) {
                return r;
            }
        }
        return -1;
    }

    private boolean applies(int r, int day) {
        return day <= deletion[r] && (effectiveFrom == null || effectiveFrom[r] <= day);
    }

    private PtpEdit edit(int id1, int r) {
        return new PtpEdit(
                codes[id1],
                codes[column2[r]],
                PtpModifier.of(modifier[r]),
                effectiveFrom == null || effectiveFrom[r] == Integer.MIN_VALUE
                        ? null
                        : LocalDate.ofEpochDay(effectiveFrom[r]),
                deletion[r] == NcciCsv.NO_DATE ? null : LocalDate.ofEpochDay(deletion[r]),
                rationale[r] < 0 ? null : rationales[rationale[r]]);
    }

    /**
     * Reads a PTP file: a header row naming {@code column1}, {@code column2}, {@code deletion_date} (or CMS's
     * {@code Deletion Date}), {@code modifier_indicator} (or {@code Modifier}), optionally {@code ptp_edit_rationale}
     * and {@code effective_date}; plain or gzip. Every row is checked; the first bad one is refused with the file and
     * line. The stream is read to its end but not closed.
     */
    public static PtpTable read(InputStream in, String fileName) {
        NcciCsv csv = new NcciCsv(in, fileName);
        List<String> header = csv.header();
        int c1 = csv.require(header, "column1", "Column 1", "Column1 Code");
        int c2 = csv.require(header, "column2", "Column 2", "Column2 Code");
        int del = csv.require(header, "deletion_date", "Deletion Date");
        int mod = csv.require(header, "modifier_indicator", "Modifier", "Modifier Indicator");
        int rat = NcciCsv.column(header, "ptp_edit_rationale", "PTP Edit Rationale", "rationale");
        int eff = NcciCsv.column(header, "effective_date", "Effective Date");
        int width = Math.max(Math.max(Math.max(c1, c2), Math.max(del, mod)), Math.max(rat, eff)) + 1;

        CodeKey.Ids ids = new CodeKey.Ids();
        int[] col1 = new int[1 << 16];
        int[] col2 = new int[1 << 16];
        int[] dels = new int[1 << 16];
        int[] effs = eff < 0 ? null : new int[1 << 16];
        byte[] mods = new byte[1 << 16];
        byte[] rats = new byte[1 << 16];
        List<byte[]> rationaleBytes = new ArrayList<>();
        int lastRationale = -1;
        int n = 0;
        while (csv.next()) {
            csv.requireFields(width);
            if (n == col1.length) {
                int cap = n * 2;
                col1 = Arrays.copyOf(col1, cap);
                col2 = Arrays.copyOf(col2, cap);
                dels = Arrays.copyOf(dels, cap);
                if (effs != null) {
                    effs = Arrays.copyOf(effs, cap);
                }
                mods = Arrays.copyOf(mods, cap);
                rats = Arrays.copyOf(rats, cap);
            }
            col1[n] = ids.intern(csv.code(c1, "column 1"));
            col2[n] = ids.intern(csv.code(c2, "column 2"));
            if (col1[n] == col2[n]) {
                throw csv.fail("column 1 and column 2 are the same code");
            }
            int d = csv.date(del, "deletion date");
            dels[n] = d;
            if (effs != null) {
                int e = csv.date(eff, "effective date");
                if (e == NcciCsv.NO_DATE) {
                    e = Integer.MIN_VALUE;
                } else if (d != NcciCsv.NO_DATE && e > d + 1) {
                    throw csv.fail("the edit is deleted (" + LocalDate.ofEpochDay(d) + ") before it takes effect ("
                            + LocalDate.ofEpochDay(e) + ")");
                }
                effs[n] = e;
            }
            PtpModifier m = PtpModifier.of(csv.smallNumber(mod));
            if (m == null) {
                throw csv.fail("modifier indicator '" + csv.string(mod) + "' is not 0, 1 or 9");
            }
            mods[n] = (byte) m.code();
            if (rat < 0 || csv.isBlank(rat)) {
                rats[n] = -1;
            } else {
                if (lastRationale < 0 || !csv.is(rat, rationaleBytes.get(lastRationale))) {
                    lastRationale = -1;
                    for (int k = 0; k < rationaleBytes.size(); k++) {
                        if (csv.is(rat, rationaleBytes.get(k))) {
                            lastRationale = k;
                            break;
                        }
                    }
                    if (lastRationale < 0) {
                        if (rationaleBytes.size() == 127) {
                            throw csv.fail("more than 127 different rationales: not an NCCI PTP table");
                        }
                        rationaleBytes.add(csv.string(rat).getBytes(StandardCharsets.UTF_8));
                        lastRationale = rationaleBytes.size() - 1;
                    }
                }
                rats[n] = (byte) lastRationale;
            }
            n++;
            if (n == 1 << 24) {
                throw csv.fail("more than " + (1 << 24) + " rows: not a PTP table this reader holds");
            }
        }
        if (n == 0) {
            throw new CodeImportException(fileName, 0, "the file has a header and no edits");
        }
        if (ids.size() > 1 << 20) {
            throw new CodeImportException(fileName, 0, "more than " + (1 << 20) + " codes");
        }

        // ids in code order, so that rows sort as the file lists them and pairsFor comes out in code order
        String[] byId = ids.codes();
        Integer[] order = new Integer[byId.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        long[] keyOf = new long[byId.length];
        for (int i = 0; i < byId.length; i++) {
            keyOf[i] = CodeKey.pack(byId[i]);
        }
        Arrays.sort(order, (a, b) -> Long.compare(keyOf[a], keyOf[b]));
        int[] newId = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            newId[order[i]] = i;
        }

        // one long per row: column 1 id, column 2 id, row number; sorted (already in order for CMS's files)
        long[] sortKeys = new long[n];
        for (int r = 0; r < n; r++) {
            sortKeys[r] = (long) newId[col1[r]] << 44 | (long) newId[col2[r]] << 24 | r;
        }
        Arrays.sort(sortKeys);

        int[] rowStart = new int[order.length + 1];
        int[] outCol2 = new int[n];
        int[] outDel = new int[n];
        int[] outEff = effs == null ? null : new int[n];
        byte[] outMod = new byte[n];
        byte[] outRat = new byte[n];
        for (int i = 0; i < n; i++) {
            long k = sortKeys[i];
            int r = (int) (k & 0xFFFFFF);
            rowStart[(int) (k >>> 44) + 1]++;
            outCol2[i] = (int) (k >>> 24 & 0xFFFFF);
            outDel[i] = dels[r];
            if (outEff != null) {
                outEff[i] = effs[r];
            }
            outMod[i] = mods[r];
            outRat[i] = rats[r];
        }
        for (int i = 1; i < rowStart.length; i++) {
            rowStart[i] += rowStart[i - 1];
        }
        orderPairsByDeletion(rowStart, outCol2, outDel, outEff, outMod, outRat);

        String[] rationaleText = new String[rationaleBytes.size()];
        for (int k = 0; k < rationaleText.length; k++) {
            rationaleText[k] = new String(rationaleBytes.get(k), StandardCharsets.UTF_8);
        }
        return new PtpTable(
                fileName,
                NcciFiles.effectiveDate(fileName).orElse(null),
                ids.renumbered(newId),
                rowStart,
                outCol2,
                outDel,
                outEff,
                outMod,
                outRat,
                rationaleText);
    }

    /** Orders the rows of each pair (at most a few) by deletion date, the one in force last. */
    private static void orderPairsByDeletion(
            int[] rowStart, int[] col2, int[] del, int @Nullable [] eff, byte[] mod, byte[] rat) {
        for (int id1 = 0; id1 + 1 < rowStart.length; id1++) {
            for (int i = rowStart[id1] + 1; i < rowStart[id1 + 1]; i++) {
                for (int j = i; j > rowStart[id1] && col2[j - 1] == col2[j] && del[j - 1] > del[j]; j--) {
                    swap(del, eff, mod, rat, j - 1, j);
                }
            }
        }
    }

    private static void swap(int[] del, int @Nullable [] eff, byte[] mod, byte[] rat, int a, int b) {
        int t = del[a];
        del[a] = del[b];
        del[b] = t;
        if (eff != null) {
            t = eff[a];
            eff[a] = eff[b];
            eff[b] = t;
        }
        byte x = mod[a];
        mod[a] = mod[b];
        mod[b] = x;
        x = rat[a];
        rat[a] = rat[b];
        rat[b] = x;
    }
}
