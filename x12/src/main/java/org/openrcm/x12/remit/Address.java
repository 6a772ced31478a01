package org.openrcm.x12.remit;

/** A postal address from N3/N4 (absent parts are {@code null}). */
public record Address(
        String line1,
        String line2,
        String city,
        String state,
        String postalCode,
        String country,
        String countrySubdivision) {}
