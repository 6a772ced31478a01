package org.openrcm.app.practice;

import java.util.Locale;
import java.util.Objects;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.kernel.Refused;

/**
 * One row of a flat price list: the price of one unit of a procedure, with a modifier ({@code 99214-25}) or without
 * ({@code ""}). A row with a modifier wins over the row without it when a charge line carries that modifier.
 */
public record FlatPrice(String procedure, String modifier, Money price) {
    public FlatPrice {
        procedure = procedure == null ? "" : procedure.strip().toUpperCase(Locale.ROOT);
        modifier = modifier == null ? "" : modifier.strip().toUpperCase(Locale.ROOT);
        Objects.requireNonNull(price, "price");
        if (!procedure.matches("[A-Z0-9]{5}")) {
            throw Refused.invalid(
                    "PROCEDURE_CODE_INVALID", "'" + procedure + "' is not a CPT or HCPCS code of five characters.");
        }
        if (!modifier.isEmpty() && !modifier.matches("[A-Z0-9]{2}")) {
            throw Refused.invalid("MODIFIER_INVALID", "'" + modifier + "' is not a modifier of two characters.");
        }
        if (price.signum() < 0) {
            throw Refused.invalid("PRICE_NEGATIVE", "The price of " + key(procedure, modifier) + " is negative.");
        }
    }

    /** {@code 99214} or {@code 99214-25}. */
    public String key() {
        return key(procedure, modifier);
    }

    static String key(String procedure, String modifier) {
        return modifier.isEmpty() ? procedure : procedure + "-" + modifier;
    }
}
