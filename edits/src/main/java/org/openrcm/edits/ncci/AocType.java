package org.openrcm.edits.ncci;

import org.jspecify.annotations.Nullable;

/** The add-on code edit type, as CMS defines it: which primary codes an add-on code may be paid with. */
public enum AocType {
    /** 1: only the primary codes listed; with none of them on the claim the add-on is denied. */
    ONLY_LISTED_PRIMARIES(1),
    /**
     * 2: CMS lists no primaries ({@code CCCCC}); the payer (the Medicare contractor) decides which codes are
     * primaries.
     */
    PAYER_DEFINED_PRIMARIES(2),
    /** 3: the primaries listed, and others the payer may accept. */
    LISTED_AND_PAYER_PRIMARIES(3);

    private final int code;

    AocType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    static @Nullable AocType of(int code) {
        return switch (code) {
            case 1 -> ONLY_LISTED_PRIMARIES;
            case 2 -> PAYER_DEFINED_PRIMARIES;
            case 3 -> LISTED_AND_PAYER_PRIMARIES;
            default -> null;
        };
    }
}
