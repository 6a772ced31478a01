package org.openrcm.codes.fees;

/** Where a value of a fee schedule came from: the file and the 1-based line of it. */
public record Source(String file, long line) {

    @Override
    public String toString() {
        return file + ", line " + line;
    }
}
