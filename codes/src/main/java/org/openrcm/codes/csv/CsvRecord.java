package org.openrcm.codes.csv;

import java.util.List;

/**
 * One record of a CSV file: its fields as written (quotes removed, {@code ""} read as one quote, line breaks inside
 * quotes kept as {@code \n}) and the 1-based line it starts on, which is what a user looks for in the file when a record is wrong.
 */
public record CsvRecord(long line, List<String> fields) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }

    public int size() {
        return fields.size();
    }

    /** The field at {@code column} (0-based) as written, or {@code ""} when the record is shorter. */
    public String get(int column) {
        return column >= 0 && column < fields.size() ? fields.get(column) : "";
    }

    /** The field at {@code column} without surrounding white space, {@code ""} when absent. */
    public String text(int column) {
        return get(column).strip();
    }

    /** Whether every field is empty or white space (a blank line, or {@code ,,,}). */
    public boolean isBlank() {
        for (String f : fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
