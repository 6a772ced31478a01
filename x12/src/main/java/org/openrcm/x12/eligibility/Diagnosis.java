package org.openrcm.x12.eligibility;

/** One code of an HI: {@code qualifier} {@code ABK}/{@code ABF} for ICD-10-CM, {@code BK}/{@code BF} for ICD-9-CM. */
public record Diagnosis(String qualifier, String code) {}
