package org.openrcm.app.practice;

import org.openrcm.app.kernel.Money;

/**
 * The charge of a service line and where it came from, so a biller can check it: {@code amount} is {@code unitPrice}
 * times the units, rounded half up to the cent, and {@code source} says which schedule, which price or factors, and
 * the arithmetic, in one line.
 */
public record ChargeQuote(Money amount, Money unitPrice, FeeScheduleKind kind, String source) {}
