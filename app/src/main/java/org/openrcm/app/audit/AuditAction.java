package org.openrcm.app.audit;

/** What was done. Stable names: they are stored and hashed. */
public enum AuditAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    SIGN_IN,
    SIGN_IN_REFUSED,
    SIGN_OUT
}
