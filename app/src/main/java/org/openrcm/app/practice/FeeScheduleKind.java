package org.openrcm.app.practice;

/** How a fee schedule prices a service. */
public enum FeeScheduleKind {
    /**
     * The Medicare physician fee schedule in force on the date of service, in one MAC locality, at a percentage
     * (100% for Medicare itself, e.g. 120% for a commercial contract priced off Medicare).
     */
    MEDICARE_MPFS,
    /** The practice's own price list: procedure (with or without a modifier) → price per unit. */
    FLAT
}
