package org.openrcm.codes.icd10cm;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;

/**
 * Reads the CDC/CMS ICD-10-CM tabular list XML ({@code icd10cm_tabular_2021.xml}, {@code
 * icd10cm-tabular-April-1-2026.xml}): root {@code ICD10CM.tabular}, chapters, sections and the codes ({@code diag})
 * nested under their categories, each with its notes (one {@link Note} per {@code <note>}) and the 7th characters
 * defined on it. The file is streamed (StAX) and checked whole before the {@link Tabular} exists; a damaged or
 * truncated file throws {@link CodeImportException} with the line the parser stopped at. The introduction, the
 * section index, the visual impairment table and other presentation elements are skipped; no note kind is.
 */
public final class TabularFile {

    static final String ROOT = "ICD10CM.tabular";

    private static final Pattern CODE = Pattern.compile("[A-Z][0-9][0-9A-Z](?:\\.?[0-9A-Z]{1,4})?");
    private static final Pattern CATEGORY = Pattern.compile("[A-Z][0-9][0-9A-Z]");
    private static final Pattern SECTION_ID = Pattern.compile("([A-Z][0-9][0-9A-Z])(?:-([A-Z][0-9][0-9A-Z]))?");
    private static final Pattern NAME = Pattern.compile("(?i).*icd[-_ ]?10[-_ ]?cm[-_ ]?tabular.*\\.xml");
    private static final Pattern ROOT_TAG = Pattern.compile("<\\s*([A-Za-z_][\\w.:-]*)");
    /**
     * A note that takes some 7th characters away from some codes, e.g. under S06 (FY2021 on): "7th characters D and S
     * do not apply to codes in category S06 with 6th character 7 - death due to brain injury prior to regaining
     * consciousness, or 8 - death due to other cause prior to regaining consciousness."
     */
    private static final Pattern SEVENTH_EXCEPTION = Pattern.compile(
            "7th characters? (.+?) do(?:es)? not apply to codes in (?:sub)?category ([A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]+)?)"
                    + " with 6th characters? (.+)");

    private static final Pattern SINGLE = Pattern.compile("\\b[0-9A-Z]\\b");

    private TabularFile() {}

    /**
     * A release of the tabular list alone (no order file): its codes, billable or not, come from {@link
     * Tabular#codes()}.
     */
    public static Release release(Tabular tabular, String releaseId, LocalDate effective) {
        return new Release(CodeSystem.ICD10CM, releaseId, effective, Map.of(), tabular, List.of());
    }

    /**
     * Whether the file is a tabular addenda file (root {@code ICD10CM.tabular} with {@code isAddenda="true"}): it lists
     * a release's changes, not the tabular list, so an importer skips it rather than read it.
     */
    public static boolean isAddenda(byte[] head) {
        return IndexFile.isAddenda(head, ROOT);
    }

    /**
     * Whether the file is an ICD-10-CM tabular list: its root element is {@code ICD10CM.tabular}; when the first bytes
     * show no element at all, a name like {@code icd10cm_tabular_2021.xml} decides.
     */
    public static boolean recognizes(String fileName, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int i = 0;
        while (i < text.length()) {
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt + 1 >= text.length()) {
                break;
            }
            char next = text.charAt(lt + 1);
            if (next == '?' || next == '!') {
                String close = text.startsWith("<!--", lt) ? "-->" : ">";
                int end = text.indexOf(close, lt + 2);
                if (end < 0) {
                    break;
                }
                i = end + close.length();
                continue;
            }
            Matcher m = ROOT_TAG.matcher(text).region(lt, text.length());
            return m.lookingAt() && m.group(1).equals(ROOT);
        }
        return fileName != null
                && NAME.matcher(fileName.replace('\\', '/').replaceAll(".*/", ""))
                        .matches();
    }

    /** Reads the whole tabular list; nothing is returned unless the whole file is sound. */
    public static Tabular read(InputStream in, String fileName) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader r = null;
        Reader reader = new Reader(fileName);
        LineCounting counted = new LineCounting(in);
        try {
            r = factory.createXMLStreamReader(counted);
            reader.r = r;
            return reader.document();
        } catch (XMLStreamException e) {
            long line =
                    e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            if (counted.ended && line >= counted.lines) {
                throw new CodeImportException(
                        fileName, line, "the file ends before the tabular list does; it is truncated");
            }
            String msg = e.getMessage() == null ? "" : e.getMessage();
            int at = msg.indexOf("Message: ");
            msg = (at >= 0 ? msg.substring(at + "Message: ".length()) : msg).strip();
            throw new CodeImportException(
                    fileName, line, "the XML is not well formed (" + msg + "); the file is damaged");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the stream is the caller's; nothing left to release
                }
            }
        }
    }

    /** Counts the lines read and notes the end of the file, to tell a truncated file from a damaged one. */
    private static final class LineCounting extends FilterInputStream {
        long lines = 1;
        boolean ended;

        LineCounting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                ended = true;
            } else if (b == '\n') {
                lines++;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n < 0) {
                ended = true;
            }
            for (int i = off; i < off + n; i++) {
                if (buf[i] == '\n') {
                    lines++;
                }
            }
            return n;
        }
    }

    private static Note.@Nullable Kind kind(String element) {
        return switch (element) {
            case "inclusionTerm" -> Note.Kind.INCLUSION_TERM;
            case "includes" -> Note.Kind.INCLUDES;
            case "excludes1" -> Note.Kind.EXCLUDES1;
            case "excludes2" -> Note.Kind.EXCLUDES2;
            case "codeFirst" -> Note.Kind.CODE_FIRST;
            case "useAdditionalCode" -> Note.Kind.USE_ADDITIONAL_CODE;
            case "codeAlso" -> Note.Kind.CODE_ALSO;
            case "notes" -> Note.Kind.NOTE;
            default -> null;
        };
    }

    /** What a chapter, a section or a code carries: notes and 7th characters. */
    private static final class Holder {
        final List<Note> notes = new ArrayList<>();
        final List<String> seventhNote = new ArrayList<>();

        @Nullable
        List<SeventhCharacters.Character> seventh;

        @Nullable
        SeventhCharacters seventh(String from) {
            return seventh == null ? null : new SeventhCharacters(from, String.join(" ", seventhNote), seventh);
        }
    }

    /** A code as read, before the whole file is known. */
    private record Read(
            String code,
            String title,
            List<Note> notes,
            @Nullable SeventhCharacters seventh) {}

    private static final class Reader {
        final String fileName;
        XMLStreamReader r;
        String version = "";
        final List<Tabular.Chapter> chapters = new ArrayList<>();
        final List<Tabular.Section> sections = new ArrayList<>();
        final Map<String, Read> codes = new LinkedHashMap<>();
        final Map<String, String> sectionOfCategory = new HashMap<>();
        /** 7th characters written on a section or chapter: they apply to its categories that define none. */
        final Map<String, SeventhCharacters> sectionSeventh = new HashMap<>();

        final Map<String, SeventhCharacters> chapterSeventh = new HashMap<>();
        final Map<String, List<String>> categoriesOfChapter = new HashMap<>();

        Reader(String fileName) {
            this.fileName = fileName;
        }

        long line() {
            return Math.max(0, r.getLocation().getLineNumber());
        }

        CodeImportException error(long line, String message) {
            return new CodeImportException(fileName, line, message);
        }

        Tabular document() throws XMLStreamException {
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                // prolog: declaration, comments, whitespace
            }
            if (!r.isStartElement()) {
                throw error(0, "the file holds no XML element; it is empty or not an ICD-10-CM tabular list");
            }
            if (!ROOT.equals(r.getLocalName())) {
                throw error(
                        line(),
                        "the root element is <" + r.getLocalName() + ">, not <" + ROOT
                                + ">: this is not an ICD-10-CM tabular list");
            }
            if ("true".equals(r.getAttributeValue(null, "isAddenda"))) {
                throw error(
                        line(),
                        "this is a tabular addenda file (only the changes of a release), not the full tabular list");
            }
            while (nextChild()) {
                switch (r.getLocalName()) {
                    case "version" -> version = text();
                    case "chapter" -> chapter();
                    default -> skip(); // title, introduction
                }
            }
            while (r.hasNext()) {
                r.next(); // lets the parser check what follows the root
            }
            if (codes.isEmpty()) {
                throw error(0, "the file holds no codes (no <diag> in any chapter)");
            }
            return build();
        }

        /** Moves to the next child element of the current element; false at the current element's end. */
        boolean nextChild() throws XMLStreamException {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return false;
                }
            }
            throw error(line(), "the file ends inside an element; it is truncated");
        }

        /** Skips the current element and everything in it. */
        void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                if (!r.hasNext()) {
                    throw error(line(), "the file ends inside an element; it is truncated");
                }
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        /**
         * The text of the current element, spaces collapsed; the marks of an addenda (new, unc, diff) keep their text,
         * old text is left out.
         */
        String text() throws XMLStreamException {
            StringBuilder sb = new StringBuilder();
            int depth = 1;
            int oldDepth = 0;
            while (depth > 0) {
                if (!r.hasNext()) {
                    throw error(line(), "the file ends inside an element; it is truncated");
                }
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (oldDepth == 0 && "old".equals(r.getLocalName())) {
                            oldDepth = depth;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (depth == oldDepth) {
                            oldDepth = 0;
                        }
                        depth--;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (oldDepth == 0) {
                            sb.append(r.getText());
                        }
                    }
                    default -> {
                        // comments, processing instructions
                    }
                }
            }
            return collapse(sb);
        }

        static String collapse(CharSequence s) {
            StringBuilder out = new StringBuilder(s.length());
            boolean space = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    space = out.length() > 0;
                } else {
                    if (space) {
                        out.append(' ');
                        space = false;
                    }
                    out.append(c);
                }
            }
            return out.toString();
        }

        /** The {@code <note>}s of a note element (includes, excludes1…), one {@link Note} each. */
        void notes(Note.Kind kind, List<Note> into) throws XMLStreamException {
            while (nextChild()) {
                if ("note".equals(r.getLocalName())) {
                    String t = text();
                    if (!t.isEmpty()) {
                        into.add(new Note(kind, t));
                    }
                } else {
                    skip();
                }
            }
        }

        /** Reads a child that a chapter, section or code may carry; false if it is none of those. */
        boolean carried(Holder h, String where) throws XMLStreamException {
            String element = r.getLocalName();
            Note.Kind kind = kind(element);
            if (kind != null) {
                notes(kind, h.notes);
                return true;
            }
            if ("sevenChrNote".equals(element)) {
                List<Note> n = new ArrayList<>();
                notes(Note.Kind.NOTE, n);
                n.forEach(x -> h.seventhNote.add(x.text()));
                return true;
            }
            if ("sevenChrDef".equals(element)) {
                h.seventh = sevenChrDef(where);
                return true;
            }
            return false;
        }

        List<SeventhCharacters.Character> sevenChrDef(String where) throws XMLStreamException {
            List<SeventhCharacters.Character> chars = new ArrayList<>();
            char value = 0;
            String meaning = null;
            List<String> terms = new ArrayList<>();
            while (nextChild()) {
                String element = r.getLocalName();
                if ("extension".equals(element)) {
                    long line = line();
                    String c = r.getAttributeValue(null, "char");
                    c = c == null ? "" : c.strip().toUpperCase(Locale.ROOT);
                    if (c.length() != 1 || !Character.isLetterOrDigit(c.charAt(0))) {
                        throw error(
                                line,
                                "a 7th character of " + where + " is '" + c
                                        + "'; a 7th character is one letter or digit");
                    }
                    if (meaning != null) {
                        chars.add(new SeventhCharacters.Character(value, meaning, terms));
                    }
                    value = c.charAt(0);
                    meaning = text();
                    terms = new ArrayList<>();
                    for (SeventhCharacters.Character earlier : chars) {
                        if (earlier.value() == value) {
                            throw error(line, "the 7th character " + value + " of " + where + " is defined twice");
                        }
                    }
                } else if ("note".equals(element)) {
                    // printed under the character before it: another name for what it means
                    String t = text();
                    if (meaning != null && !t.isEmpty()) {
                        terms.add(t);
                    }
                } else {
                    skip();
                }
            }
            if (meaning != null) {
                chars.add(new SeventhCharacters.Character(value, meaning, terms));
            }
            return chars;
        }

        void chapter() throws XMLStreamException {
            long line = line();
            String number = null;
            String title = "";
            Holder h = new Holder();
            List<Tabular.Section> own = new ArrayList<>();
            while (nextChild()) {
                String element = r.getLocalName();
                if ("name".equals(element)) {
                    number = text();
                } else if ("desc".equals(element)) {
                    title = text();
                } else if ("section".equals(element)) {
                    own.add(section(number));
                } else if (!carried(h, "chapter " + number)) {
                    skip(); // sectionIndex and anything else for presentation
                }
            }
            if (number == null || number.isEmpty()) {
                throw error(line, "a chapter has no number (<name>)");
            }
            String first = own.isEmpty() ? "" : own.getFirst().first();
            String last = own.isEmpty() ? "" : own.getLast().last();
            chapters.add(new Tabular.Chapter(number, title, first, last, h.notes));
            SeventhCharacters seventh = h.seventh("Chapter " + number);
            if (seventh != null) {
                chapterSeventh.put(number, seventh);
            }
        }

        Tabular.Section section(@Nullable String chapter) throws XMLStreamException {
            long line = line();
            String id = r.getAttributeValue(null, "id");
            id = id == null ? "" : id.strip();
            Matcher m = SECTION_ID.matcher(id);
            if (!m.matches()) {
                throw error(
                        line,
                        "a section's id is '" + id + "'; a section is named by its categories, like A00-A09 or C7A");
            }
            String first = m.group(1);
            String last = m.group(2) == null ? first : m.group(2);
            String title = "";
            Holder h = new Holder();
            while (nextChild()) {
                String element = r.getLocalName();
                if ("desc".equals(element)) {
                    title = text();
                } else if ("diag".equals(element)) {
                    String category = diag(null);
                    if (sectionOfCategory.put(category, id) != null) {
                        throw error(line, "category " + Icd10cm.dotted(category) + " is listed twice");
                    }
                    categoriesOfChapter
                            .computeIfAbsent(chapter == null ? "" : chapter, k -> new ArrayList<>())
                            .add(category);
                } else if (!carried(h, "section " + id)) {
                    skip(); // name, deactivated codes
                }
            }
            for (Tabular.Section s : sections) {
                if (s.id().equals(id)) {
                    throw error(line, "section " + id + " is listed twice");
                }
            }
            Tabular.Section section = new Tabular.Section(id, title, first, last, h.notes);
            sections.add(section);
            SeventhCharacters seventh = h.seventh(id);
            if (seventh != null) {
                sectionSeventh.put(id, seventh);
            }
            return section;
        }

        /** Reads a {@code diag} and the codes under it; returns its code (stored form). */
        String diag(@Nullable String parent) throws XMLStreamException {
            long line = line();
            String code = null;
            long nameLine = line;
            String title = null;
            Holder h = new Holder();
            while (nextChild()) {
                String element = r.getLocalName();
                if ("name".equals(element)) {
                    nameLine = line();
                    code = code(text(), parent, nameLine);
                } else if ("desc".equals(element)) {
                    title = text();
                } else if ("diag".equals(element)) {
                    if (code == null) {
                        throw error(line, "a code (<diag>) has no <name> before the codes under it");
                    }
                    diag(code);
                } else if (!carried(h, code == null ? "a code" : Icd10cm.dotted(code))) {
                    skip(); // visualImpairment and anything else for presentation
                }
            }
            if (code == null) {
                throw error(
                        line,
                        "a code (<diag>) has no <name>"
                                + (parent == null ? "" : " (under " + Icd10cm.dotted(parent) + ")"));
            }
            if (title == null || title.isEmpty()) {
                throw error(nameLine, "code " + Icd10cm.dotted(code) + " has no title (<desc>)");
            }
            Read read = new Read(code, title, h.notes, h.seventh(Icd10cm.dotted(code)));
            if (codes.put(code, read) != null) {
                throw error(nameLine, "code " + Icd10cm.dotted(code) + " is listed twice");
            }
            return code;
        }

        String code(String name, @Nullable String parent, long line) {
            if (!CODE.matcher(name).matches()) {
                throw error(line, "'" + name + "' is not an ICD-10-CM code");
            }
            String code = name.replace(".", "");
            if (parent == null && !CATEGORY.matcher(code).matches()) {
                throw error(
                        line,
                        "code " + name + " stands directly in a section, where the list has categories (three"
                                + " characters)");
            }
            // the list nests a code under its parent; FY2021 lists H54.512A under H54.511, so only the category and a
            // longer code are required
            if (parent != null && (!code.startsWith(parent.substring(0, 3)) || code.length() <= parent.length())) {
                throw error(
                        line,
                        "code " + name + " is listed under " + Icd10cm.dotted(parent)
                                + ", which is not one of its parents");
            }
            return code;
        }

        Tabular build() {
            Map<String, SeventhCharacters> inherited = new HashMap<>();
            // 7th characters written on a section or a chapter go to its categories that define none themselves
            for (Tabular.Section s : sections) {
                SeventhCharacters seventh = sectionSeventh.get(s.id());
                if (seventh == null) {
                    continue;
                }
                sectionOfCategory.forEach((category, id) -> {
                    if (id.equals(s.id())
                            || (category.compareTo(s.first()) >= 0 && category.compareTo(s.last()) <= 0)) {
                        inherited.putIfAbsent(category, seventh);
                    }
                });
            }
            chapterSeventh.forEach((number, seventh) -> categoriesOfChapter
                    .getOrDefault(number, List.of())
                    .forEach(category -> inherited.putIfAbsent(category, seventh)));

            Map<String, Tabular.Entry> entries = new LinkedHashMap<>();
            for (Read c : codes.values()) {
                SeventhCharacters seventh = c.seventh() != null ? c.seventh() : inherited.get(c.code());
                entries.put(c.code(), new Tabular.Entry(c.code(), c.title(), c.notes(), seventh));
            }
            applySeventhExceptions(entries);
            return new Tabular(version, chapters, sections, entries, sectionOfCategory);
        }

        /**
         * Notes such as "7th characters D and S do not apply to codes in category S06 with 6th character 7 … or 8 …"
         * take those characters from the codes named: S06.1X7 takes only A. Such a code then carries the 7th
         * characters itself, still {@code from} the code that defines them.
         */
        void applySeventhExceptions(Map<String, Tabular.Entry> entries) {
            for (Read c : codes.values()) {
                for (Note n : c.notes()) {
                    Matcher m = n.kind() == Note.Kind.NOTE ? SEVENTH_EXCEPTION.matcher(n.text()) : null;
                    if (m == null || !m.find()) {
                        continue;
                    }
                    // the note itself stays on the code; what it takes away is applied when it can be read
                    Set<Character> removed = singles(m.group(1));
                    String under = m.group(2).replace(".", "");
                    Set<Character> sixth = singles(m.group(3));
                    for (Map.Entry<String, Tabular.Entry> e : entries.entrySet()) {
                        String code = e.getKey();
                        if (code.length() != 6 || !code.startsWith(under) || !sixth.contains(code.charAt(5))) {
                            continue;
                        }
                        SeventhCharacters seventh = seventhFor(entries, code);
                        if (seventh == null) {
                            continue;
                        }
                        List<SeventhCharacters.Character> kept = new ArrayList<>();
                        for (SeventhCharacters.Character ch : seventh.characters()) {
                            if (!removed.contains(ch.value())) {
                                kept.add(ch);
                            }
                        }
                        String note = seventh.note().isEmpty() ? n.text() : seventh.note() + " " + n.text();
                        Tabular.Entry old = e.getValue();
                        e.setValue(new Tabular.Entry(
                                old.code(),
                                old.title(),
                                old.notes(),
                                new SeventhCharacters(seventh.from(), note, kept)));
                    }
                }
            }
        }

        static @Nullable SeventhCharacters seventhFor(Map<String, Tabular.Entry> entries, String code) {
            for (int len = code.length(); len >= 3; len--) {
                Tabular.Entry e = entries.get(code.substring(0, len));
                if (e != null && e.seventh() != null) {
                    return e.seventh();
                }
            }
            return null;
        }

        static Set<Character> singles(String text) {
            Set<Character> found = new LinkedHashSet<>();
            Matcher m = SINGLE.matcher(text);
            while (m.find()) {
                found.add(m.group().charAt(0));
            }
            return found;
        }
    }
}
