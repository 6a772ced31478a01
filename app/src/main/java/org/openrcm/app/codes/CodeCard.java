package org.openrcm.app.codes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.icd10cm.AppliedNote;
import org.openrcm.codes.icd10cm.Note;
import org.openrcm.codes.icd10cm.SeventhCharacters;
import org.openrcm.codes.icd10cm.Tabular;

/**
 * A code explained as the release in force on a date of service has it, for the lookup panel and the REST API:
 * titles, billable or header, its parents from the category down, the notes that apply (its own and those inherited
 * from a parent, its section or chapter, each saying where it is written) and the 7th characters it takes.
 * Immutable.
 */
public record CodeCard(
        CodeSystem system,
        String systemLabel,
        String code,
        String value,
        String shortTitle,
        String longTitle,
        boolean billable,
        boolean needsSeventhCharacter,
        String status,
        String releaseId,
        LocalDate releaseEffective,
        LocalDate on,
        boolean validOnDate,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        Map<String, String> details,
        List<Parent> parents,
        @Nullable String chapter,
        @Nullable String section,
        boolean tabularLoaded,
        List<AppliedNoteView> notes,
        @Nullable Seventh seventhCharacters) {

    public CodeCard {
        details = Map.copyOf(details);
        parents = List.copyOf(parents);
        notes = List.copyOf(notes);
    }

    /** A code above this one: the category ({@code E11}) and each subcategory down to the code's parent. */
    public record Parent(String code, String value, String title, boolean billable) {}

    /**
     * A note that applies: its kind ({@code EXCLUDES1}) and label as the tabular list prints it, its text, where it is
     * written ({@code E11}, {@code E08-E13}, {@code Chapter 4}) and whether that is somewhere above the code.
     */
    public record AppliedNoteView(Note.Kind kind, String label, String text, String from, boolean inherited) {}

    /** The 7th characters the code takes, as defined on {@code from}. */
    public record Seventh(String from, String note, List<SeventhCharacter> characters) {
        public Seventh {
            characters = List.copyOf(characters);
        }
    }

    /** One 7th character and its meaning. */
    public record SeventhCharacter(String value, String meaning) {}

    static CodeCard of(Catalog.Lookup lookup, LocalDate on) {
        Code c = lookup.code();
        String status = lookup.status().sentence();
        status = Character.toUpperCase(status.charAt(0)) + status.substring(1);
        Tabular tabular = lookup.release().tabular().orElse(null);
        String chapter = tabular == null
                ? null
                : tabular.chapterOf(c.value())
                        .map(ch -> "Chapter " + ch.number() + ": " + ch.title())
                        .orElse(null);
        String section = tabular == null
                ? null
                : tabular.sectionOf(c.value())
                        .map(s -> s.id() + ": " + s.title())
                        .orElse(null);
        String display = c.display();
        List<AppliedNoteView> notes = lookup.notes().stream()
                .map((AppliedNote n) -> new AppliedNoteView(
                        n.kind(),
                        n.kind().label(),
                        n.text(),
                        n.from(),
                        !n.from().equals(display)))
                // by kind, as a coder reads them; within a kind, as written from the chapter down
                .sorted(java.util.Comparator.comparing(AppliedNoteView::kind))
                .toList();
        Seventh seventh = lookup.seventhCharacters()
                .map((SeventhCharacters s) -> new Seventh(
                        s.from(),
                        s.note(),
                        s.characters().stream()
                                .map(ch -> new SeventhCharacter(String.valueOf(ch.value()), ch.meaning()))
                                .toList()))
                .orElse(null);
        return new CodeCard(
                c.system(),
                c.system().label(),
                display,
                c.value(),
                c.shortTitle(),
                c.longTitle(),
                c.billable(),
                lookup.status() == Catalog.Lookup.Status.NEEDS_SEVENTH_CHARACTER,
                status,
                lookup.release().id(),
                lookup.release().effective(),
                on,
                lookup.validOnDate(),
                c.validFrom(),
                c.validTo(),
                c.details(),
                lookup.parents().stream()
                        .map(p -> new Parent(p.display(), p.value(), p.longTitle(), p.billable()))
                        .toList(),
                chapter,
                section,
                tabular != null,
                notes,
                seventh);
    }
}
