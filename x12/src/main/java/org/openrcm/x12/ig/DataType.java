package org.openrcm.x12.ig;

/** X12 data element types. Lengths of numeric types count digits only (no sign, no decimal point). */
public enum DataType {
    /** Alphanumeric string. */
    AN,
    /** Identifier from a code list. */
    ID,
    /** Integer. */
    N0,
    /** Number with two implied decimals. */
    N2,
    /** Decimal number with an optional decimal point. */
    R,
    /** Date CCYYMMDD (or YYMMDD where the length allows it). */
    DT,
    /** Time HHMM, HHMMSS or HHMMSSd..d. */
    TM,
    /** Binary; not checked. */
    B
}
