package org.openrcm.x12.remit;

import java.math.BigDecimal;

/** A supplemental amount (AMT): qualifier ({@code AU} coverage, {@code B6} allowed, {@code I} interest, …) and value. */
public record Amount(String qualifier, BigDecimal amount) {}
