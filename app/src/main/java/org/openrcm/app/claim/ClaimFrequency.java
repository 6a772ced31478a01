package org.openrcm.app.claim;

/**
 * The claim frequency code (837 CLM05-3, CMS-1500 box 22): an original claim, a corrected claim that replaces one
 * the payer has, or a void that takes one back. Stored as its code.
 */
public enum ClaimFrequency {
    ORIGINAL("1"),
    CORRECTED("7"),
    VOID("8");

    private final String code;

    ClaimFrequency(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ClaimFrequency ofCode(String code) {
        for (ClaimFrequency f : values()) {
            if (f.code.equals(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown claim frequency code " + code);
    }
}
