package org.openrcm.codes.fees;

import java.math.BigDecimal;

/** The anesthesia conversion factor of one locality (dollars per base and time unit, GPCIs applied). */
public record AnesthesiaFactor(Locality locality, String name, BigDecimal conversionFactor, Source source) {}
