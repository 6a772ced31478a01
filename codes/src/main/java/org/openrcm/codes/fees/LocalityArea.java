package org.openrcm.codes.fees;

/**
 * The counties of a payment locality ({@code 05302-01}: Missouri, Metropolitan St. Louis: {@code JEFFERSON, ST.
 * CHARLES, ST. LOUIS AND ST. LOUIS CITY}), as the locality/county crosswalk gives them.
 */
public record LocalityArea(Locality locality, String state, String feeScheduleArea, String counties, Source source) {}
