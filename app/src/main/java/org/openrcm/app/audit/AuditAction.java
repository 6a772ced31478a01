package org.openrcm.app.audit;

/** What was done. Stable names: they are stored and hashed. */
public enum AuditAction {
    READ,
    /** A patient shown in a list (search results, type-ahead, the audit log's labels): name, birth date, account. */
    LIST,
    SEARCH,
    CREATE,
    UPDATE,
    SIGN_IN,
    SIGN_IN_REFUSED,
    SIGN_OUT
}
