package org.openrcm.edits.ncci;

import org.jspecify.annotations.Nullable;

/**
 * The modifier indicator of a PTP edit, as CMS defines it: whether an NCCI-associated modifier ({@link
 * NcciModifiers}) lets both codes be paid.
 */
public enum PtpModifier {
    /** 0: never; the column 2 code is denied whatever the modifiers. */
    NOT_ALLOWED(0),
    /** 1: allowed when the clinical circumstances justify an NCCI-associated modifier and the claim has one. */
    ALLOWED(1),
    /** 9: the edit does not apply (it was deleted back to its effective date). */
    NOT_APPLICABLE(9);

    private final int code;

    PtpModifier(int code) {
        this.code = code;
    }

    /** The indicator as CMS writes it: 0, 1 or 9. */
    public int code() {
        return code;
    }

    /** The indicator written {@code code}, or {@code null} if it is none of 0, 1, 9. */
    static @Nullable PtpModifier of(int code) {
        return switch (code) {
            case 0 -> NOT_ALLOWED;
            case 1 -> ALLOWED;
            case 9 -> NOT_APPLICABLE;
            default -> null;
        };
    }
}
