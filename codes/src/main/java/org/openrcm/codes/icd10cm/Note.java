package org.openrcm.codes.icd10cm;

/** One instructional note of the ICD-10-CM tabular list, as written there. */
public record Note(Kind kind, String text) {

    /** The kinds of tabular notes, in the order a coder reads them. */
    public enum Kind {
        /** An inclusion term: another name for the condition the code covers. */
        INCLUSION_TERM("Inclusion term"),
        INCLUDES("Includes"),
        EXCLUDES1("Excludes1"),
        EXCLUDES2("Excludes2"),
        CODE_FIRST("Code first"),
        USE_ADDITIONAL_CODE("Use additional code"),
        CODE_ALSO("Code also"),
        NOTE("Note");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** As the tabular list prints it. */
        public String label() {
            return label;
        }

        /** Whether a code inherits the note from its category, section and chapter (inclusion terms are its own). */
        public boolean inherited() {
            return this != INCLUSION_TERM;
        }
    }
}
