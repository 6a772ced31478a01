package org.openrcm.x12;

/**
 * The four separators of an interchange, read from its ISA segment. {@code repetition} is {@code 0} when the
 * interchange has none (versions before 00501 used ISA11 for a standards identifier instead).
 */
public record Delimiters(byte element, byte component, byte repetition, byte segment) {

    /** What OpenRCM writes: {@code *}, {@code :}, {@code ^} and {@code ~}. */
    public static final Delimiters STANDARD = new Delimiters((byte) '*', (byte) ':', (byte) '^', (byte) '~');

    public Delimiters {
        if (element == component || element == segment || component == segment) {
            throw new IllegalArgumentException("separators must differ");
        }
        if (repetition != 0 && (repetition == element || repetition == component || repetition == segment)) {
            throw new IllegalArgumentException("the repetition separator must differ from the others");
        }
    }

    public boolean isDelimiter(byte b) {
        return b == element || b == component || b == segment || (repetition != 0 && b == repetition);
    }
}
