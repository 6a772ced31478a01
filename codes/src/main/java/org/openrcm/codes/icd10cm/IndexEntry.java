package org.openrcm.codes.icd10cm;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of an ICD-10-CM index: the path of terms from the main term down ({@code Diabetes, type 2, with,
 * neuropathy}) and the code it leads to, or a cross-reference. In the Neoplasm and Drug tables the last element of the
 * path is the column ({@code Malignant Primary}, {@code Poisoning, Accidental (unintentional)}).
 */
public record IndexEntry(
        Source source,
        List<String> path,
        @Nullable String code,
        @Nullable String see,
        @Nullable String seeAlso) {

    /** Which index the entry comes from. */
    public enum Source {
        INDEX("Index"),
        EXTERNAL_CAUSE("External cause index"),
        NEOPLASM("Neoplasm table"),
        DRUG("Table of drugs and chemicals");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public IndexEntry {
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("an index entry has at least a main term");
        }
    }

    /** The path as the index reads: {@code Diabetes, type 2, with, neuropathy}. */
    public String pathText() {
        return String.join(", ", path);
    }
}
