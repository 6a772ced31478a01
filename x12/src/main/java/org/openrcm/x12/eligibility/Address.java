package org.openrcm.x12.eligibility;

/** N3 and N4: a street address. */
public record Address(
        String line1,
        String line2,
        String city,
        String state,
        String postalCode,
        String country,
        String countrySubdivision) {}
