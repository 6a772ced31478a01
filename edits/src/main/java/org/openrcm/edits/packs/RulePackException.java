package org.openrcm.edits.packs;

/**
 * A rule pack refused: its message names the file, the line (and column when known) and the reason, e.g.
 * {@code payers/acme.yaml line 14, column 9: 'coveredDiagnoses' entry 'E11.*9' is not a code, a prefix ending in '*'
 * or a range}. A pack is refused whole; a folder with one refused pack is refused whole.
 */
public final class RulePackException extends RuntimeException {

    private final String file;
    private final int line;

    public RulePackException(String file, int line, int column, String reason) {
        super(file + (line > 0 ? " line " + line + (column > 0 ? ", column " + column : "") : "") + ": " + reason);
        this.file = file;
        this.line = line;
    }

    /** The file as it was named to the reader. */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem; 0 when it concerns the file as a whole. */
    public int line() {
        return line;
    }
}
