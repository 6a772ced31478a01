package org.openrcm.edits.ncci;

import org.jspecify.annotations.Nullable;

/**
 * A medically unlikely edit: at most {@code units} units of {@code code} for one patient on one date of service by
 * one provider (0: not payable for this kind of provider), counted as {@code mai} says.
 *
 * @param rationale why the value is what it is ({@code Clinical: Data}, {@code Anatomic Consideration}), if given
 */
public record Mue(
        String code,
        MueService service,
        int units,
        Mai mai,
        @Nullable String rationale) {}
