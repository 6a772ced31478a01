package org.openrcm.edits.ncci;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeImportException;

/** The NCCI add-on code edits: which codes are add-ons, and the primary codes each is paid with. */
public final class AddOnTable {

    /** What CMS writes in the primary column of an add-on whose primaries the payer defines. */
    public static final String ANY_PRIMARY = "CCCCC";

    private final String source;
    private final @Nullable LocalDate effective;
    private final Map<String, AddOnEdit> byAddOn;
    private final int rows;

    private AddOnTable(String source, @Nullable LocalDate effective, Map<String, AddOnEdit> byAddOn, int rows) {
        this.source = source;
        this.effective = effective;
        this.byAddOn = Map.copyOf(byAddOn);
        this.rows = rows;
    }

    public String source() {
        return source;
    }

    /** The date in the file name (the add-on file is dated by its publication), if it has one. */
    public Optional<LocalDate> effective() {
        return Optional.ofNullable(effective);
    }

    /** Rows of the file: primary/add-on pairs, {@code CCCCC} rows included. */
    public int rows() {
        return rows;
    }

    /** The add-on codes. */
    public int size() {
        return byAddOn.size();
    }

    public boolean isAddOn(String code) {
        return addOn(code).isPresent();
    }

    /** The add-on edit of a code, empty when it is not an add-on code. */
    public Optional<AddOnEdit> addOn(String code) {
        AddOnEdit e = byAddOn.get(code);
        if (e == null && code != null) {
            e = byAddOn.get(code.strip().toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(e);
    }

    /** The primaries CMS lists for an add-on code (empty for a type 2 add-on, or a code that is no add-on). */
    public Set<String> primaries(String addOn) {
        return addOn(addOn).map(AddOnEdit::primaries).orElse(Set.of());
    }

    /**
     * Reads an add-on code edit file: a header naming {@code primary_code}, {@code add_on_code} and {@code
     * aoc_edit_type}; plain or gzip. An add-on code given two edit types, a type other than 1, 2, 3, a type 2 row
     * with a listed primary, are refused with the file and line.
     */
    public static AddOnTable read(InputStream in, String fileName) {
        NcciCsv csv = new NcciCsv(in, fileName);
        List<String> header = csv.header();
        int primary = csv.require(header, "primary_code", "Primary Code", "primary");
        int addOn = csv.require(header, "add_on_code", "Add-on Code", "addon_code", "add_on");
        int type = csv.require(header, "aoc_edit_type", "AOC Edit Type", "edit_type");
        int width = Math.max(primary, Math.max(addOn, type)) + 1;
        Map<String, AocType> types = new HashMap<>();
        Map<String, Long> typeLine = new HashMap<>();
        Map<String, Set<String>> primaries = new HashMap<>();
        Set<String> any = new HashSet<>();
        int rows = 0;
        while (csv.next()) {
            csv.requireFields(width);
            String a = CodeKey.unpack(csv.code(addOn, "add-on code"));
            String p = CodeKey.unpack(csv.code(primary, "primary code"));
            AocType t = AocType.of(csv.smallNumber(type));
            if (t == null) {
                throw csv.fail("add-on code edit type '" + csv.string(type) + "' is not 1, 2 or 3");
            }
            AocType before = types.putIfAbsent(a, t);
            if (before == null) {
                typeLine.put(a, csv.line());
            } else if (before != t) {
                throw csv.fail("add-on code " + a + " is type " + t.code() + " here and type " + before.code()
                        + " on line " + typeLine.get(a));
            }
            boolean anyPrimary = p.equals(ANY_PRIMARY);
            if (t == AocType.PAYER_DEFINED_PRIMARIES && !anyPrimary) {
                throw csv.fail("add-on code " + a + " is type 2 (primaries defined by the payer) but lists primary " + p
                        + " instead of " + ANY_PRIMARY);
            }
            if (anyPrimary) {
                any.add(a);
            } else if (!primaries.computeIfAbsent(a, k -> new HashSet<>()).add(p)) {
                throw csv.fail(p + " is listed twice as a primary of " + a);
            }
            rows++;
        }
        if (rows == 0) {
            throw new CodeImportException(fileName, 0, "the file has a header and no add-on code edits");
        }
        Map<String, AddOnEdit> byAddOn = new HashMap<>();
        for (Map.Entry<String, AocType> e : types.entrySet()) {
            String a = e.getKey();
            byAddOn.put(a, new AddOnEdit(a, e.getValue(), primaries.getOrDefault(a, Set.of()), any.contains(a)));
        }
        return new AddOnTable(fileName, NcciFiles.effectiveDate(fileName).orElse(null), byAddOn, rows);
    }
}
