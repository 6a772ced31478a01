package org.openrcm.x12.remit;

import java.math.BigDecimal;

/**
 * One adjustment of a CAS segment: group ({@code CO} contractual, {@code PR} patient responsibility, {@code OA},
 * {@code PI}), reason (a CARC), amount and, where given, quantity.
 */
public record Adjustment(String group, String reason, BigDecimal amount, BigDecimal quantity) {}
