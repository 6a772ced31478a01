package org.openrcm.codes.icd10cm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeSystem;

/**
 * The ICD-10-CM tabular list: chapters, sections (blocks) and every code with the notes written on it. Notes are
 * inherited the way the guidelines say: an Excludes1 on category {@code E11}, on its section or on its chapter applies
 * to {@code E11.9}; 7th characters defined on a category apply to every code under it. Immutable.
 */
public final class Tabular {

    /** A chapter: its number as printed ({@code 4}), title, first and last category, and its own notes. */
    public record Chapter(String number, String title, String first, String last, List<Note> notes) {
        public Chapter {
            notes = List.copyOf(notes);
        }
    }

    /** A section (block) such as {@code E08-E13}: title, first and last category, and its own notes. */
    public record Section(String id, String title, String first, String last, List<Note> notes) {
        public Section {
            notes = List.copyOf(notes);
        }
    }

    /** A code of the list (a {@code diag}): its value without a dot, title, notes and 7th characters if defined on it. */
    public record Entry(
            String code,
            String title,
            List<Note> notes,
            @Nullable SeventhCharacters seventh) {
        public Entry {
            notes = List.copyOf(notes);
        }
    }

    private final String version;
    private final List<Chapter> chapters;
    private final List<Section> sections;
    private final Map<String, Entry> entries;
    private final Map<String, Section> sectionOfCategory;
    private volatile @Nullable Map<String, Code> codes;
    /** Notes and 7th characters once worked out per code: the list never changes, and claims ask for the same codes. */
    private final Map<String, List<AppliedNote>> notesCache = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, Optional<SeventhCharacters>> seventhCache =
            new java.util.concurrent.ConcurrentHashMap<>();

    public Tabular(String version, List<Chapter> chapters, List<Section> sections, Map<String, Entry> entries) {
        this(version, chapters, sections, entries, Map.of());
    }

    /**
     * With the section each category is listed in ({@code C4A} → {@code C43-C44}, {@code M1A} → {@code M05-M14}):
     * categories with a letter in third place sit where the list puts them, not where their spelling sorts, so a
     * reader that knows the list's structure says so; without it a category goes to the innermost section whose
     * range holds it.
     */
    public Tabular(
            String version,
            List<Chapter> chapters,
            List<Section> sections,
            Map<String, Entry> entries,
            Map<String, String> sectionOfCategory) {
        this.version = version;
        this.chapters = List.copyOf(chapters);
        this.sections = List.copyOf(sections);
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        Map<String, Section> byId = new HashMap<>();
        this.sections.forEach(s -> byId.put(s.id(), s));
        Map<String, Section> byCategory = new HashMap<>();
        sectionOfCategory.forEach((category, id) -> {
            Section s = byId.get(id);
            if (s == null) {
                throw new IllegalArgumentException("category " + category + " is in section " + id + ", not listed");
            }
            byCategory.put(category, s);
        });
        this.sectionOfCategory = Map.copyOf(byCategory);
    }

    /** The version the file states (e.g. {@code 2021}). */
    public String version() {
        return version;
    }

    public List<Chapter> chapters() {
        return chapters;
    }

    public List<Section> sections() {
        return sections;
    }

    public Optional<Entry> entry(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    public Optional<Chapter> chapterOf(String code) {
        String category = sectionOf(code).map(Section::first).orElse(category(code));
        return chapters.stream()
                .filter(c -> within(category, c.first(), c.last()))
                .findFirst();
    }

    /** The section that lists the code's category ({@code C50.911} → {@code C50}, not {@code C00-C96}). */
    public Optional<Section> sectionOf(String code) {
        String category = category(code);
        Section listed = sectionOfCategory.get(category);
        if (listed != null) {
            return Optional.of(listed);
        }
        Section innermost = null;
        for (Section s : sections) {
            if (within(category, s.first(), s.last())) {
                innermost = s; // the list names a range before the ranges inside it
            }
        }
        return Optional.ofNullable(innermost);
    }

    /**
     * The sections a code is in, outermost first: {@code C50.911} is in {@code C00-C96} (Malignant neoplasms), {@code
     * C00-C75} and {@code C50}.
     */
    public List<Section> sectionsOf(String code) {
        Optional<Section> innermost = sectionOf(code);
        if (innermost.isEmpty()) {
            return List.of();
        }
        Section in = innermost.get();
        List<Section> found = new ArrayList<>();
        for (Section s : sections) {
            if (s == in || (within(in.first(), s.first(), s.last()) && within(in.last(), s.first(), s.last()))) {
                found.add(s);
            }
        }
        return found;
    }

    /**
     * The notes that apply to {@code code} (stored form, no dot): those of its chapter, its sections, its category and
     * each parent down to the code itself, outermost first. Inclusion terms are the code's own only; a code with a 7th
     * character ({@code T36.0X1A}) has those of the code it extends ({@code T36.0X1}).
     */
    public List<AppliedNote> notesFor(String code) {
        return notesCache.computeIfAbsent(code, this::computeNotes);
    }

    private List<AppliedNote> computeNotes(String code) {
        List<AppliedNote> applied = new ArrayList<>();
        chapterOf(code).ifPresent(c -> add(applied, c.notes(), "Chapter " + c.number(), true));
        sectionsOf(code).forEach(s -> add(applied, s.notes(), s.id(), true));
        for (int len = 3; len <= code.length(); len++) {
            Entry e = entries.get(code.substring(0, len));
            if (e != null) {
                add(applied, e.notes(), Icd10cm.dotted(e.code()), !extendsOnly(code, len));
            }
        }
        return List.copyOf(applied);
    }

    /** Whether {@code code} is its first {@code len} characters, or those with placeholders X and a 7th character. */
    private static boolean extendsOnly(String code, int len) {
        if (len == code.length()) {
            return true;
        }
        if (code.length() != 7) {
            return false;
        }
        for (int i = len; i < 6; i++) {
            if (code.charAt(i) != 'X') {
                return false;
            }
        }
        return true;
    }

    /**
     * The 7th characters that apply to {@code code}: those of the nearest parent (or the code) defining them. A code
     * with its 7th character ({@code S72.001A}) has those of the code it extends.
     */
    public Optional<SeventhCharacters> seventhCharactersFor(String code) {
        return seventhCache.computeIfAbsent(code, this::computeSeventh);
    }

    private Optional<SeventhCharacters> computeSeventh(String code) {
        for (int len = Math.min(code.length(), 6); len >= 3; len--) {
            Entry e = entries.get(code.substring(0, len));
            if (e != null && e.seventh() != null) {
                return Optional.of(e.seventh());
            }
        }
        return Optional.empty();
    }

    /**
     * Every code of the list as a {@link Code}, for a release that has the tabular list but no order file. A code is
     * billable when nothing is listed under it and it needs no 7th character; a code that needs one is a header, and
     * each of its 7th characters makes a billable code, padded with the placeholder X to six characters ({@code S30.1}
     * → {@code S30.1XXA}) and titled like the order file ("…, initial encounter"). Computed once.
     */
    public Map<String, Code> codes() {
        Map<String, Code> result = codes;
        if (result == null) {
            result = Collections.unmodifiableMap(computeCodes());
            codes = result;
        }
        return result;
    }

    private Map<String, Code> computeCodes() {
        Map<String, Code> result = new LinkedHashMap<>();
        List<String> sorted = new ArrayList<>(entries.keySet());
        Collections.sort(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            String value = sorted.get(i);
            boolean hasChild = i + 1 < sorted.size() && sorted.get(i + 1).startsWith(value);
            SeventhCharacters seventh =
                    value.length() < 7 ? seventhCharactersFor(value).orElse(null) : null;
            Entry e = entries.get(value);
            result.put(value, new Code(CodeSystem.ICD10CM, value, !hasChild && seventh == null, e.title(), e.title()));
            if (!hasChild && seventh != null) {
                String padded = value + "X".repeat(6 - value.length());
                for (SeventhCharacters.Character c : seventh.characters()) {
                    String title = e.title() + ", " + c.meaning();
                    result.putIfAbsent(
                            padded + c.value(), new Code(CodeSystem.ICD10CM, padded + c.value(), true, title, title));
                }
            }
        }
        return result;
    }

    private static void add(List<AppliedNote> applied, List<Note> notes, String from, boolean inheritedOnly) {
        for (Note n : notes) {
            if (!inheritedOnly || n.kind().inherited()) {
                applied.add(new AppliedNote(n.kind(), n.text(), from));
            }
        }
    }

    private static String category(String code) {
        return code.length() <= 3 ? code : code.substring(0, 3);
    }

    private static boolean within(String category, String first, String last) {
        return category.compareTo(category(first)) >= 0 && category.compareTo(category(last)) <= 0;
    }
}
