package org.openrcm.codes;

/**
 * A release file that cannot be imported: the message names the file and the line, and nothing of the file has been
 * taken (importers build a release completely before anyone sees it).
 */
public final class CodeImportException extends RuntimeException {

    private final String file;
    private final long line;

    public CodeImportException(String file, long line, String message) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line of the file, 0 when the problem is the file as a whole. */
    public long line() {
        return line;
    }
}
