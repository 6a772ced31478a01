package org.openrcm.x12.ig;

/** Implementation-guide usage of a loop, segment or element. */
public enum Usage {
    REQUIRED,
    SITUATIONAL,
    NOT_USED
}
