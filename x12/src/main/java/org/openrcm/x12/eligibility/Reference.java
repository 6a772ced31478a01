package org.openrcm.x12.eligibility;

/** A REF: an additional identifier ({@code qualifier} REF01, e.g. {@code 6P} group number), with a description. */
public record Reference(String qualifier, String value, String description) {}
