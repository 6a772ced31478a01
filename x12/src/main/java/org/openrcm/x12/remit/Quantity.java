package org.openrcm.x12.remit;

import java.math.BigDecimal;

/** A supplemental quantity (QTY): qualifier ({@code CA} covered actual, {@code ZK} …) and value. */
public record Quantity(String qualifier, BigDecimal quantity) {}
