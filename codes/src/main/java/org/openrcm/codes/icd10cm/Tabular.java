package org.openrcm.codes.icd10cm;

import java.util.ArrayList;
import java.util.Collections;
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

    public Tabular(String version, List<Chapter> chapters, List<Section> sections, Map<String, Entry> entries) {
        this.version = version;
        this.chapters = List.copyOf(chapters);
        this.sections = List.copyOf(sections);
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
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
        String category = category(code);
        return chapters.stream()
                .filter(c -> within(category, c.first(), c.last()))
                .findFirst();
    }

    public Optional<Section> sectionOf(String code) {
        String category = category(code);
        return sections.stream()
                .filter(s -> within(category, s.first(), s.last()))
                .findFirst();
    }

    /**
     * The notes that apply to {@code code} (stored form, no dot): those of its chapter, its section, its category and
     * each parent down to the code itself, outermost first. Inclusion terms are the code's own only.
     */
    public List<AppliedNote> notesFor(String code) {
        List<AppliedNote> applied = new ArrayList<>();
        chapterOf(code).ifPresent(c -> add(applied, c.notes(), "Chapter " + c.number(), true));
        sectionOf(code).ifPresent(s -> add(applied, s.notes(), s.id(), true));
        for (int len = 3; len <= code.length(); len++) {
            Entry e = entries.get(code.substring(0, len));
            if (e != null) {
                add(applied, e.notes(), Icd10cm.dotted(e.code()), len < code.length());
            }
        }
        return applied;
    }

    /** The 7th characters that apply to {@code code}: those of the nearest parent (or the code) defining them. */
    public Optional<SeventhCharacters> seventhCharactersFor(String code) {
        for (int len = Math.min(code.length(), 6); len >= 3; len--) {
            Entry e = entries.get(code.substring(0, len));
            if (e != null && e.seventh() != null) {
                return Optional.of(e.seventh());
            }
        }
        return Optional.empty();
    }

    /**
     * Every code of the list as a {@link Code}, for a release that has the tabular list but no order file: a code is
     * billable when nothing is listed under it and it needs no 7th character (or has one).
     */
    public Map<String, Code> codes() {
        Map<String, Code> codes = new LinkedHashMap<>();
        List<String> sorted = new ArrayList<>(entries.keySet());
        Collections.sort(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            String value = sorted.get(i);
            boolean hasChild = i + 1 < sorted.size() && sorted.get(i + 1).startsWith(value);
            boolean needsSeventh =
                    value.length() < 7 && seventhCharactersFor(value).isPresent();
            Entry e = entries.get(value);
            codes.put(value, new Code(CodeSystem.ICD10CM, value, !hasChild && !needsSeventh, e.title(), e.title()));
        }
        return codes;
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
