package org.openrcm.codes.icd10cm;

/**
 * A note that applies to a code, with where it is written: the code itself, one of its parents ({@code E11}), its
 * section ({@code E08-E13}) or its chapter ({@code Chapter 4}).
 */
public record AppliedNote(Note.Kind kind, String text, String from) {}
