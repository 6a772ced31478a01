package org.openrcm.app.audit;

/** How it ended. {@code NOT_FOUND} also covers records of practices outside the actor's scope. */
public enum AuditOutcome {
    SUCCESS,
    NOT_FOUND,
    DENIED,
    FAILED
}
