package org.openrcm.x12.eligibility;

import java.math.BigDecimal;

/** An AMT of a 270: {@code R} spend down or {@code PB} billed amount. */
public record Amount(String qualifier, BigDecimal value) {}
