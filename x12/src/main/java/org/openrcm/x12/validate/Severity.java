package org.openrcm.x12.validate;

/** An error makes the file (or its transaction set) invalid; a warning and a notice do not. */
public enum Severity {
    ERROR,
    WARNING,
    NOTICE
}
