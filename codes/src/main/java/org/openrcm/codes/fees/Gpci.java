package org.openrcm.codes.fees;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The geographic practice cost indices of one locality: work, practice expense and malpractice. {@code work} is the
 * index payment uses (with the 1.0 floor Congress sets when the file gives both); {@code workWithoutFloor} is the
 * other when the file gives it.
 */
public record Gpci(
        Locality locality,
        String state,
        String name,
        BigDecimal work,
        BigDecimal practiceExpense,
        BigDecimal malpractice,
        @Nullable BigDecimal workWithoutFloor,
        Source source) {}
