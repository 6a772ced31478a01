package org.openrcm.codes.icd10cm;

import static org.openrcm.codes.icd10cm.IndexFile.ROOT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.icd10cm.IndexEntry.Source;

/**
 * The StAX reading of an index or table file for {@link IndexFile#read}: letters, main terms and terms nested by
 * {@code level}, table headings and cells, each term becoming its entries as described at {@link IndexFile}; every
 * element is checked as it is read and anything unexpected names its line.
 */
final class IndexParser {

    private static final int MAX_DEPTH = 20;

    private final XMLStreamReader r;
    private final String file;
    private final List<IndexEntry> entries = new ArrayList<>();
    private final Map<Integer, String> headings = new TreeMap<>();
    private @Nullable String documentTitle;
    private @Nullable Source source;

    IndexParser(XMLStreamReader r, String file) {
        this.r = r;
        this.file = file;
    }

    List<IndexEntry> document() throws XMLStreamException {
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.DTD) {
                throw fail("the file declares a DTD; index files have none, and DTDs are not read for safety");
            }
        }
        if (!ROOT.equals(r.getLocalName())) {
            throw fail("the root element is <" + r.getLocalName() + ">, not <" + ROOT
                    + ">; this is not an ICD-10-CM index or table file");
        }
        if ("true".equals(r.getAttributeValue(null, "isAddenda"))) {
            throw fail("this is an addenda file listing changes, not the index itself");
        }
        while (nextChild()) {
            switch (r.getLocalName()) {
                case "version" -> text();
                case "title" -> documentTitle = text();
                case "indexHeading" -> headings();
                case "letter" -> letter();
                default -> throw unexpected();
            }
        }
        while (r.hasNext()) {
            r.next();
        }
        if (entries.isEmpty()) {
            throw new CodeImportException(file, 0, "the file holds no index terms");
        }
        return entries;
    }

    private void headings() throws XMLStreamException {
        while (nextChild()) {
            if (!r.getLocalName().equals("head")) {
                throw unexpected();
            }
            int col = column();
            String heading = text();
            if (heading.startsWith("Poisoning ")) {
                heading = "Poisoning, " + heading.substring("Poisoning ".length());
            }
            if (heading.isEmpty() || headings.put(col, heading) != null) {
                throw fail("column " + col + " has an empty or a second heading");
            }
        }
    }

    private void letter() throws XMLStreamException {
        while (nextChild()) {
            switch (r.getLocalName()) {
                case "title", "diff" -> text();
                case "mainTerm" -> term(List.of(), 0);
                default -> throw unexpected();
            }
        }
    }

    private Source source() {
        if (source == null) {
            String name = file.toLowerCase(Locale.ROOT);
            if (!headings.isEmpty()) {
                String first = headings.getOrDefault(1, "").toLowerCase(Locale.ROOT);
                if (first.contains("neoplasm") || first.isEmpty() && name.contains("neoplasm")) {
                    source = Source.NEOPLASM;
                } else if (first.contains("substance") || first.contains("drug") || name.contains("drug")) {
                    source = Source.DRUG;
                } else {
                    throw fail("a table whose first column is headed '" + first
                            + "' is neither the Neoplasm table nor the Table of Drugs and Chemicals");
                }
            } else if (documentTitle != null) {
                source = documentTitle.toLowerCase(Locale.ROOT).contains("external cause")
                        ? Source.EXTERNAL_CAUSE
                        : Source.INDEX;
            } else {
                source = name.contains("eindex") || name.contains("external") ? Source.EXTERNAL_CAUSE : Source.INDEX;
            }
        }
        return source;
    }

    /** A main term (depth 0) or term, positioned on its start tag; its entries, then its subterms'. */
    private void term(List<String> parentPath, int depth) throws XMLStreamException {
        int line = line();
        if (depth > 0) {
            String level = r.getAttributeValue(null, "level");
            if (!String.valueOf(depth).equals(level)) {
                throw fail("a term at level " + level + " stands at nesting depth " + depth
                        + "; subterms must be one level below their term");
            }
        }
        if (depth > MAX_DEPTH) {
            throw fail("terms are nested deeper than " + MAX_DEPTH + " levels");
        }
        Source src = source();
        String title = null;
        String manif = null;
        String code = null;
        String see = null;
        String seeAlso = null;
        List<String> cellHeadings = new ArrayList<>();
        List<String> cellCodes = new ArrayList<>();
        List<String> path = null;
        String[] seecat = null;
        String[] subcat = null;
        while (nextChild()) {
            String name = r.getLocalName();
            if (name.equals("term")) {
                if (path == null) {
                    path = emit(
                            src,
                            parentPath,
                            title,
                            manif,
                            termCode(code, seecat, subcat),
                            seeWith(see, code, seecat, subcat),
                            seeAlso,
                            cellHeadings,
                            cellCodes,
                            line);
                }
                term(path, depth + 1);
                continue;
            }
            if (path != null) {
                throw fail("<" + name + "> follows the subterms of its term; it belongs before them");
            }
            switch (name) {
                case "title", "diff" -> title = once(title, name);
                case "manif" -> manif = once(manif, name);
                case "see" -> see = once(see, name);
                case "seeAlso" -> seeAlso = once(seeAlso, name);
                case "code" -> code = once(code, name, code(name));
                case "seecat" -> seecat = once(seecat, name, category(name));
                case "subcat" -> subcat = once(subcat, name, category(name));
                case "cell" -> cell(cellHeadings, cellCodes);
                case "warning" -> text();
                default -> throw unexpected();
            }
        }
        if (path == null) {
            emit(
                    src,
                    parentPath,
                    title,
                    manif,
                    termCode(code, seecat, subcat),
                    seeWith(see, code, seecat, subcat),
                    seeAlso,
                    cellHeadings,
                    cellCodes,
                    line);
        }
    }

    /** The term's code: its {@code <code>}, else its {@code <seecat>}, else its {@code <subcat>} (stored). */
    private static @Nullable String termCode(
            @Nullable String code, String @Nullable [] seecat, String @Nullable [] subcat) {
        if (code != null) {
            return code;
        }
        return seecat != null ? seecat[1] : subcat != null ? subcat[1] : null;
    }

    /**
     * The term's {@code see} reference: its {@code <see>} text, followed by each {@code <seecat>} or {@code
     * <subcat>} that is not the term's code ({@code category T71}, {@code subcategory T75.0}) — the schema allows
     * {@code <code>}, {@code <seecat>} and {@code <subcat>} together in one term.
     */
    private static @Nullable String seeWith(
            @Nullable String see, @Nullable String code, String @Nullable [] seecat, String @Nullable [] subcat) {
        List<String> refs = new ArrayList<>();
        if (see != null) {
            refs.add(see);
        }
        boolean codeTaken = code != null;
        if (seecat != null) {
            if (codeTaken) {
                refs.add("category " + seecat[0]);
            }
            codeTaken = true;
        }
        if (subcat != null && codeTaken) {
            refs.add("subcategory " + subcat[0]);
        }
        return refs.isEmpty() ? null : String.join("; ", refs);
    }

    /** A {@code <seecat>} or {@code <subcat>}: the code as written and as stored. */
    private String[] category(String element) throws XMLStreamException {
        int line = line();
        String written = text();
        String stored = IndexCodes.stored(written);
        if (stored == null) {
            throw new CodeImportException(
                    file, line, "<" + element + "> holds '" + written + "', which is not an ICD-10-CM code");
        }
        return new String[] {written, stored};
    }

    private <T> T once(@Nullable T previous, String element, T value) {
        if (previous != null) {
            throw fail("a term has a second <" + element + ">");
        }
        return value;
    }

    private List<String> emit(
            Source src,
            List<String> parentPath,
            @Nullable String title,
            @Nullable String manif,
            @Nullable String code,
            @Nullable String see,
            @Nullable String seeAlso,
            List<String> cellHeadings,
            List<String> cellCodes,
            int line) {
        if (title == null || title.isEmpty()) {
            throw new CodeImportException(file, line, "a term has no title");
        }
        String text = title;
        if (manif != null) {
            text += IndexCodes.stored(manif) != null
                    ? " [" + manif + "]"
                    : manif.startsWith("(") ? " " + manif : " (" + manif + ")";
        }
        List<String> path = append(parentPath, text);
        if (code != null || see != null || seeAlso != null || cellCodes.isEmpty()) {
            entries.add(new IndexEntry(src, path, code, see, seeAlso));
        }
        for (int i = 0; i < cellCodes.size(); i++) {
            entries.add(new IndexEntry(src, append(path, cellHeadings.get(i)), cellCodes.get(i), null, null));
        }
        return path;
    }

    private static List<String> append(List<String> path, String element) {
        List<String> p = new ArrayList<>(path.size() + 1);
        p.addAll(path);
        p.add(element);
        return List.copyOf(p);
    }

    private String once(@Nullable String previous, String element) throws XMLStreamException {
        if (previous != null) {
            throw fail("a term has a second <" + element + ">");
        }
        return text();
    }

    private String code(String element) throws XMLStreamException {
        int line = line();
        String written = text();
        String stored = IndexCodes.stored(written);
        if (stored == null) {
            throw new CodeImportException(
                    file, line, "<" + element + "> holds '" + written + "', which is not an ICD-10-CM code");
        }
        return stored;
    }

    private void cell(List<String> cellHeadings, List<String> cellCodes) throws XMLStreamException {
        int line = line();
        int col = column();
        String heading = headings.get(col);
        if (heading == null) {
            throw fail("a cell in column " + col + ", but the file has no heading for column " + col);
        }
        if (cellHeadings.contains(heading)) {
            throw fail("a row has two cells in column " + col);
        }
        String written = text();
        if (written.isEmpty() || written.chars().allMatch(c -> c == '-')) {
            return;
        }
        String stored = IndexCodes.stored(written);
        if (stored == null) {
            throw new CodeImportException(
                    file,
                    line,
                    "the cell in column " + col + " (" + heading + ") holds '" + written
                            + "', which is not an ICD-10-CM code");
        }
        cellHeadings.add(heading);
        cellCodes.add(stored);
    }

    private int column() {
        String col = r.getAttributeValue(null, "col");
        try {
            int n = Integer.parseInt(String.valueOf(col).strip());
            if (n >= 1 && n <= 99) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw fail("<" + r.getLocalName() + "> has col=\"" + col + "\", not a column number");
    }

    /**
     * The text of the current element, its nonessential modifiers and revision marks included with spaces around
     * them, text marked {@code <old>} left out, and runs of white space made one space.
     */
    private String text() throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        while (true) {
            switch (r.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    b.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                case XMLStreamConstants.START_ELEMENT -> {
                    switch (r.getLocalName()) {
                        case "old" -> skip();
                        case "nemod", "new", "unc", "diff" -> {
                            depth++;
                            b.append(' ');
                        }
                        default -> throw unexpected();
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        return collapse(b);
                    }
                    depth--;
                    b.append(' ');
                }
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String collapse(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Moves to the next child element (true) or the end of the current element (false). */
    private boolean nextChild() throws XMLStreamException {
        while (true) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    return true;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return false;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!r.isWhiteSpace()) {
                        String t = r.getText().strip();
                        throw fail("text '" + (t.length() > 40 ? t.substring(0, 40) + "…" : t)
                                + "' stands outside of any title, code or cell");
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw fail("the file ends inside an element");
                default -> {
                    // white space, comments and processing instructions between elements
                }
            }
        }
    }

    private int line() {
        return Math.max(0, r.getLocation().getLineNumber());
    }

    private CodeImportException unexpected() {
        return fail("<" + r.getLocalName() + "> is not an element of an ICD-10-CM index or table file here");
    }

    private CodeImportException fail(String message) {
        return new CodeImportException(file, line(), message);
    }
}
