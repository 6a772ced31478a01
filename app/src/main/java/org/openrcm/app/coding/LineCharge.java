package org.openrcm.app.coding;

import org.openrcm.app.kernel.Money;

/** The charge a finished coding put on one claim line (1-based), with where the price came from for the biller. */
public record LineCharge(int line, String procedure, Money charge, String source) {}
