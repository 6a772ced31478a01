package org.openrcm.app.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.icd10cm.Note;
import org.openrcm.codes.icd10cm.SeventhCharacters;
import org.openrcm.codes.icd10cm.Tabular;

/**
 * A few entries of an ICD-10-CM tabular list, written for tests, added to a catalog as the part of FY2026 a tabular
 * file would bring: the starter set has no tabular list, and the lookup's notes and 7th characters need one. Notes
 * sit on the chapter, the section and the category, so a code inherits them; category S93 defines 7th characters.
 */
public final class TestTabular {

    public static final String E11_EXCLUDES1 = "type 1 diabetes mellitus (E10.-)";
    public static final String E11_USE_ADDITIONAL = "code to identify control using insulin (Z79.4)";
    public static final String SECTION_NOTE = "diabetes mellitus is classified by type";
    public static final String S93_CODE_ALSO = "any associated open wound";

    private TestTabular() {}

    /** Adds the entries to the FY2026 ICD-10-CM release of {@code catalog} (which must hold the starter FY2026). */
    public static void addTo(Catalog catalog) {
        Tabular tabular = new Tabular(
                "test",
                List.of(
                        new Tabular.Chapter(
                                "4",
                                "Endocrine, nutritional and metabolic diseases (E00-E89)",
                                "E00",
                                "E89",
                                List.of(new Note(Note.Kind.NOTE, "all neoplasms are classified in Chapter 2"))),
                        new Tabular.Chapter(
                                "19",
                                "Injury, poisoning and certain other consequences of external causes (S00-T88)",
                                "S00",
                                "T88",
                                List.of())),
                List.of(new Tabular.Section(
                        "E08-E13", "Diabetes mellitus", "E08", "E13", List.of(new Note(Note.Kind.NOTE, SECTION_NOTE)))),
                Map.of(
                        "E11",
                        new Tabular.Entry(
                                "E11",
                                "Type 2 diabetes mellitus",
                                List.of(
                                        new Note(
                                                Note.Kind.INCLUDES,
                                                "diabetes (mellitus) due to insulin secretory" + " defect"),
                                        new Note(Note.Kind.EXCLUDES1, E11_EXCLUDES1),
                                        new Note(Note.Kind.USE_ADDITIONAL_CODE, E11_USE_ADDITIONAL)),
                                null),
                        "E119",
                        new Tabular.Entry(
                                "E119",
                                "Type 2 diabetes mellitus without complications",
                                List.of(new Note(Note.Kind.INCLUSION_TERM, "Type 2 diabetes mellitus NOS")),
                                null),
                        "S93",
                        new Tabular.Entry(
                                "S93",
                                "Dislocation and sprain of joints and ligaments at ankle, foot and toe level",
                                List.of(new Note(Note.Kind.CODE_ALSO, S93_CODE_ALSO)),
                                new SeventhCharacters(
                                        "S93",
                                        "The appropriate 7th character is to be added to each code from category S93",
                                        List.of(
                                                new SeventhCharacters.Character('A', "initial encounter"),
                                                new SeventhCharacters.Character('D', "subsequent encounter"),
                                                new SeventhCharacters.Character('S', "sequela"))))));
        catalog.add(new Release(CodeSystem.ICD10CM, "FY2026", LocalDate.of(2025, 10, 1), Map.of(), tabular, List.of()));
    }
}
