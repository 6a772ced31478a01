package org.openrcm.codes.icd10cm;

import static org.openrcm.codes.icd10cm.TabularFile.ROOT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeImportException;

/**
 * The StAX reading of a tabular list for {@link TabularFile#read}: chapters, sections and the nested {@code diag}s
 * with their notes and 7th characters, each checked as it is read (names, nesting, duplicates); then the {@link
 * Tabular}, 7th characters written on a section or chapter handed down to its categories.
 */
final class TabularParser {

    private static final Pattern CODE = Pattern.compile("[A-Z][0-9][0-9A-Z](?:\\.?[0-9A-Z]{1,4})?");
    private static final Pattern CATEGORY = Pattern.compile("[A-Z][0-9][0-9A-Z]");
    private static final Pattern SECTION_ID = Pattern.compile("([A-Z][0-9][0-9A-Z])(?:-([A-Z][0-9][0-9A-Z]))?");

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
    record Read(
            String code,
            String title,
            List<Note> notes,
            @Nullable SeventhCharacters seventh) {}

    private final String fileName;
    private final XMLStreamReader r;
    private String version = "";
    private final List<Tabular.Chapter> chapters = new ArrayList<>();
    private final List<Tabular.Section> sections = new ArrayList<>();
    private final Map<String, Read> codes = new LinkedHashMap<>();
    private final Map<String, String> sectionOfCategory = new HashMap<>();
    /** 7th characters written on a section or chapter: they apply to its categories that define none. */
    private final Map<String, SeventhCharacters> sectionSeventh = new HashMap<>();

    private final Map<String, SeventhCharacters> chapterSeventh = new HashMap<>();
    private final Map<String, List<String>> categoriesOfChapter = new HashMap<>();

    TabularParser(XMLStreamReader r, String fileName) {
        this.r = r;
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
                            "a 7th character of " + where + " is '" + c + "'; a 7th character is one letter or digit");
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
                    line, "a section's id is '" + id + "'; a section is named by its categories, like A00-A09 or C7A");
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
                if (id.equals(s.id()) || (category.compareTo(s.first()) >= 0 && category.compareTo(s.last()) <= 0)) {
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
        SeventhExceptions.apply(codes.values(), entries);
        return new Tabular(version, chapters, sections, entries, sectionOfCategory);
    }
}
