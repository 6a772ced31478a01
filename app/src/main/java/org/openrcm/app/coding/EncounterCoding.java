package org.openrcm.app.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.openrcm.app.kernel.Refused;

/**
 * The codes of an encounter as the coder saves them: the diagnoses in order (at most 12; the first is the principal
 * one), ICD-10-CM as entered with or without the dot and kept upper-case with the dot ("e119" becomes "E11.9"), and
 * the service lines (at most 50) whose pointers name those diagnoses by position. Either list may be empty while the
 * coder works; a claim needs both when the coding is finished.
 */
public record EncounterCoding(List<String> diagnoses, List<CodedLine> lines) {
    public static final int MAX_DIAGNOSES = 12;
    public static final int MAX_LINES = 50;

    public EncounterCoding {
        Objects.requireNonNull(diagnoses, "diagnoses");
        Objects.requireNonNull(lines, "lines");
        diagnoses = diagnoses.stream().map(EncounterCoding::normalized).toList();
        if (diagnoses.size() > MAX_DIAGNOSES) {
            throw Refused.invalid(
                    "TOO_MANY_DIAGNOSES",
                    "An encounter takes at most 12 diagnoses on its claim; this one has " + diagnoses.size()
                            + ". Keep the 12 the lines point to.");
        }
        if (new HashSet<>(diagnoses).size() != diagnoses.size()) {
            throw Refused.invalid("DIAGNOSIS_REPEATED", "A diagnosis is listed twice; list each code once.");
        }
        lines = List.copyOf(lines);
        if (lines.size() > MAX_LINES) {
            throw Refused.invalid("TOO_MANY_LINES", "An encounter takes at most 50 service lines.");
        }
        for (int i = 0; i < lines.size(); i++) {
            CodedLine line = lines.get(i);
            for (int pointer : line.pointers()) {
                if (pointer < 1 || pointer > diagnoses.size()) {
                    throw Refused.invalid(
                            "POINTER_BEYOND_DIAGNOSES",
                            "Line " + (i + 1) + " (" + line.procedure() + ") points to diagnosis " + pointer
                                    + " but the encounter lists " + diagnoses.size()
                                    + "; point it to a listed diagnosis.");
                }
            }
        }
    }

    /** "e119", " E11.9 " and "E11.9" all become "E11.9"; a code that is not shaped like ICD-10-CM is refused. */
    static String normalized(String entered) {
        Objects.requireNonNull(entered, "diagnosis");
        String bare = entered.strip().replace(".", "").toUpperCase(Locale.ROOT);
        if (!bare.matches("[A-Z][0-9][0-9A-Z]{1,5}")) {
            throw Refused.invalid(
                    "DIAGNOSIS_SHAPE",
                    "The diagnosis " + bare + " is not shaped like an ICD-10-CM code such as E11.9.");
        }
        return bare.length() > 3 ? bare.substring(0, 3) + "." + bare.substring(3) : bare;
    }
}
