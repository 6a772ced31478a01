package org.openrcm.codes;

/**
 * One code of one release: its value as stored (without a dot, {@code E119}), whether it may be billed (a header such
 * as {@code E11} may not), and its titles as the release gives them.
 */
public record Code(CodeSystem system, String value, boolean billable, String shortTitle, String longTitle) {

    public Code {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a code has a value");
        }
    }
}
