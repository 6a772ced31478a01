package org.openrcm.x12.validate;

/** WEDi SNIP test types this validator runs. */
public enum Snip {
    /** Integrity: X12 syntax, envelopes, counts and control numbers. */
    SNIP1,
    /** Requirements: the implementation guide's loops, segments, elements, lengths and code values. */
    SNIP2,
    /** Balancing: amounts that must add up. */
    SNIP3
}
