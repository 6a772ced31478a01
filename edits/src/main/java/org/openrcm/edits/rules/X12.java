package org.openrcm.edits.rules;

import org.openrcm.edits.Reference;

/** References to the 837P implementation guide: the loop and element a finding concerns. */
final class X12 {

    static final String TABLE = "ASC X12 837P";
    static final String VERSION = "005010X222A1";

    private X12() {}

    /** {@code 2010AA NM109}: the billing provider's NPI, for instance. */
    static Reference at(String loopAndElement) {
        return new Reference(TABLE, VERSION, loopAndElement);
    }
}
