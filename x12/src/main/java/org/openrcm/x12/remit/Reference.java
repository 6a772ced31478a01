package org.openrcm.x12.remit;

/** An identifier with its qualifier, from a REF segment: {@code REF*6R*LINE-1} is ({@code 6R}, {@code LINE-1}). */
public record Reference(String qualifier, String value) {}
