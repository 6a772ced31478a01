/**
 * The access log of patient data: every read or write of patient data, and every sign-in, is an event in an
 * append-only table whose rows form a SHA-256 hash chain, so that a changed, removed or inserted row is found by
 * {@link org.openrcm.app.audit.AuditLog#verify()}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.openrcm.app.audit;
