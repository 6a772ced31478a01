package org.openrcm.codes.icd10cm;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.icd10cm.IndexEntry.Source;

/**
 * Reads the CDC ICD-10-CM index XML files, which share one shape (root {@code ICD10CM.index}, letters, main terms,
 * terms nested by {@code level}): the Alphabetic Index ({@code icd10cm_index_YYYY.xml}), the External Cause Index
 * ({@code icd10cm-eindex-…}), the Table of Drugs and Chemicals and the Neoplasm Table ({@code icd10cm-drug-…},
 * {@code icd10cm-neoplasm-…}, which add column headings and {@code <cell col="n">} cells).
 *
 * <p>What becomes an entry:
 *
 * <ul>
 *   <li>Index files: every main term and term is one entry, its path running from the main term down, with its code
 *       and cross-references ({@code see}, {@code seeAlso}) when it has them; a term with none of these is a heading
 *       the coder reads on from ({@code Accident, caused by, due to}). The source is {@link Source#EXTERNAL_CAUSE}
 *       when the file's title says external cause (or, without a title, its name says eindex), else {@link
 *       Source#INDEX}.
 *   <li>Tables: every cell holding a code is one entry whose path ends with the column heading ({@code Neoplasm,
 *       neoplastic, lung, Malignant Primary}); cells of dashes ({@code -}, {@code --}) are empty in print and skipped.
 *       A row also has an entry of its own (no column, no code) when it carries a cross-reference or has no code in
 *       any column, so every row of the table is represented. The drug table's poisoning columns are headed {@code
 *       Poisoning Accidental (unintentional)} in the file; they read {@code Poisoning, Accidental (unintentional)},
 *       as the printed table groups them under Poisoning.
 * </ul>
 *
 * <p>Term text includes its nonessential modifiers where they stand ({@code Fall, falling (accidental)}). Codes are
 * stored undotted; a code written with a trailing dash ({@code C34.9-}: more characters needed) is stored without
 * the dash ({@code C349}), a header in the tabular list. {@code <seecat>} and {@code <subcat>} ("see category T71",
 * "see subcategory T75.0") are read as that header code when the term has no {@code <code>}; the schema lets a term
 * have {@code <code>}, {@code <seecat>} and {@code <subcat>} together: then {@code <code>} (or else {@code <seecat>})
 * is the code and the others become its {@code see} reference ({@code category T71; subcategory T75.0}), after any
 * {@code <see>} text. A letter may be titled by {@code <diff>} (the addenda markup) as well as {@code
 * <title>}. A manifestation written in {@code <manif>} is kept in the
 * term text as the printed index shows it: a code in brackets ({@code [F02.80]}), a phrase in parentheses.
 *
 * <p>The whole file is read and checked before anything is returned; DTDs and external entities are refused.
 */
public final class IndexFile {

    private static final String ROOT = "ICD10CM.index";
    private static final int MAX_DEPTH = 20;

    private IndexFile() {}

    /**
     * Whether the file is an ICD-10-CM index or table XML: by its root element {@code ICD10CM.index}; by its name
     * ({@code .xml} naming index, drug or neoplasm) only when the head ends before the root element.
     */
    public static boolean recognizes(String fileName, byte[] head) {
        String root = rootElement(head);
        if (root != null) {
            return ROOT.equals(root);
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xml") && (name.contains("index") || name.contains("drug") || name.contains("neoplasm"));
    }

    public static List<IndexEntry> read(InputStream in, String fileName) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(in);
            return new Parser(r, fileName).document();
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            throw new CodeImportException(
                    fileName,
                    line,
                    "the file is not well-formed XML (" + reason(e) + "); it may be truncated or damaged");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the input stream belongs to the caller
                }
            }
        }
    }

    private static String reason(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Message: ");
        String reason = (at >= 0 ? m.substring(at + 9) : m).strip();
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }

    /**
     * Whether the file is an addenda file of the index or its tables (root {@code ICD10CM.index} with {@code
     * isAddenda="true"}): it lists a release's changes, not the index, so an importer skips it rather than read it.
     */
    public static boolean isAddenda(byte[] head) {
        return isAddenda(head, ROOT);
    }

    /** Whether the root element of {@code head} is {@code root} with the attribute {@code isAddenda="true"}. */
    static boolean isAddenda(byte[] head, String root) {
        String tag = rootStartTag(head);
        if (tag == null || tag.isEmpty() || !root.equals(rootName(tag))) {
            return false;
        }
        return ADDENDA.matcher(tag).find();
    }

    private static final java.util.regex.Pattern ADDENDA =
            java.util.regex.Pattern.compile("\\sisAddenda\\s*=\\s*(\"true\"|'true')");

    private static @Nullable String rootName(String tag) {
        int j = 1;
        while (j < tag.length() && " \t\r\n/>".indexOf(tag.charAt(j)) < 0) {
            j++;
        }
        return tag.substring(1, j);
    }

    /**
     * The root element's start tag, from its {@code <} to its {@code >}; "" if the head is not XML; null if the head
     * ends before the tag does.
     */
    static @Nullable String rootStartTag(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        int i = s.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                return null;
            }
            if (s.charAt(i) != '<') {
                return "";
            }
            String end =
                    s.startsWith("<?", i) ? "?>" : s.startsWith("<!--", i) ? "-->" : s.startsWith("<!", i) ? ">" : null;
            int close = s.indexOf(end == null ? ">" : end, i + 1);
            if (close < 0) {
                return null;
            }
            if (end == null) {
                return s.substring(i, close + 1);
            }
            i = close + end.length();
        }
    }

    /** The root element's name; "" if the head is not XML; null if the head ends before the root element. */
    static @Nullable String rootElement(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        int i = s.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                return null;
            }
            if (s.charAt(i) != '<') {
                return "";
            }
            String end =
                    s.startsWith("<?", i) ? "?>" : s.startsWith("<!--", i) ? "-->" : s.startsWith("<!", i) ? ">" : null;
            if (end == null) {
                int start = i + 1;
                int j = start;
                while (j < s.length() && " \t\r\n/>".indexOf(s.charAt(j)) < 0) {
                    j++;
                }
                return j < s.length() ? s.substring(start, j) : null;
            }
            int close = s.indexOf(end, i + 2);
            if (close < 0) {
                return null;
            }
            i = close + end.length();
        }
    }

    private static final class Parser {

        private final XMLStreamReader r;
        private final String file;
        private final List<IndexEntry> entries = new ArrayList<>();
        private final Map<Integer, String> headings = new TreeMap<>();
        private @Nullable String documentTitle;
        private @Nullable Source source;

        Parser(XMLStreamReader r, String file) {
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
                    source =
                            name.contains("eindex") || name.contains("external") ? Source.EXTERNAL_CAUSE : Source.INDEX;
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
}
