package org.openrcm.edits;

/**
 * What a finding rests on, so a biller can check it: the table ({@code ICD-10-CM}, {@code NCCI PTP practitioner}), its
 * release ({@code FY2026}, {@code 2024Q3}) and the row ({@code E11.9}, {@code 99214/99213}).
 */
public record Reference(String table, String release, String row) {}
