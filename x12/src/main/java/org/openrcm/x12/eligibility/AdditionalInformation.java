package org.openrcm.x12.eligibility;

/**
 * An III: in a 270 the place of service ({@code qualifier} {@code ZZ}, {@code code} the place of service code); in a
 * 271 (2115) the same, or a free-form note about the benefit ({@code category}, {@code text}).
 */
public record AdditionalInformation(String qualifier, String code, String category, String text) {}
