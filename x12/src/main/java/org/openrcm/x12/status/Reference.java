package org.openrcm.x12.status;

/** A reference identifier (REF): its qualifier (REF01) and value (REF02). */
public record Reference(String qualifier, String value) {}
