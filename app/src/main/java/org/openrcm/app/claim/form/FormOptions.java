package org.openrcm.app.claim.form;

import org.jspecify.annotations.Nullable;

/**
 * How to print a CMS-1500: with the form drawn (for plain paper) or the data alone (for the pre-printed red form),
 * nudged by a few points for a printer that feeds off true, and the payer's claim number that a corrected or void
 * claim (item 22) refers to, which the canonical claim does not carry.
 *
 * @param drawForm draw the boxes and captions in red under the data
 * @param shiftRight points (1/72 inch) to move all data right; negative moves left
 * @param shiftDown points to move all data down; negative moves up
 * @param originalReference item 22's original reference number (the payer's claim control number), if known
 */
public record FormOptions(
        boolean drawForm,
        float shiftRight,
        float shiftDown,
        @Nullable String originalReference) {
    /** The form drawn, no shift: a PDF readable on plain paper. */
    public static final FormOptions PLAIN_PAPER = new FormOptions(true, 0f, 0f, null);

    /** The data alone, for printing onto the pre-printed red 1500 form. */
    public static final FormOptions PRE_PRINTED = new FormOptions(false, 0f, 0f, null);

    public FormOptions {
        if (Math.abs(shiftRight) > 72f || Math.abs(shiftDown) > 72f) {
            throw new IllegalArgumentException("a printer shift is at most an inch (72 points)");
        }
    }

    public FormOptions withOriginalReference(@Nullable String reference) {
        return new FormOptions(drawForm, shiftRight, shiftDown, reference);
    }

    public FormOptions shifted(float right, float down) {
        return new FormOptions(drawForm, right, down, originalReference);
    }
}
