package org.openrcm.app.practice;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A US postal address as an 837 carries it: two lines, city, two-letter state, 5 or 9 digit ZIP. */
public record Address(String line1, @Nullable String line2, String city, String state, String zip) {
    public Address {
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(zip, "zip");
        if (!state.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("state is two capital letters: " + state);
        }
        if (!zip.matches("\\d{5}(\\d{4})?")) {
            throw new IllegalArgumentException("ZIP is 5 or 9 digits: " + zip);
        }
    }

    public String zipFormatted() {
        return zip.length() == 9 ? zip.substring(0, 5) + "-" + zip.substring(5) : zip;
    }
}
