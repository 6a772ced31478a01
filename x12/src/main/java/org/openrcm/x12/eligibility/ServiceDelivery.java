package org.openrcm.x12.eligibility;

import java.math.BigDecimal;

/** An HSD: how often and how much of a service the benefit allows (e.g. 20 visits per calendar year). */
public record ServiceDelivery(
        String quantityQualifier,
        BigDecimal quantity,
        String unit,
        BigDecimal sampleSelectionModulus,
        String timePeriod,
        Integer periods,
        String frequency,
        String deliveryTime) {}
