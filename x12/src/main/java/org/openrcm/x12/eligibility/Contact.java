package org.openrcm.x12.eligibility;

import java.util.List;

/**
 * A PER: whom to call and how.
 *
 * @param numbers up to three, each with its qualifier ({@code TE} telephone, {@code EX} extension, {@code FX} fax,
 *     {@code EM} e-mail, {@code UR} web site, {@code ED} EDI access)
 */
public record Contact(String function, String name, List<Number> numbers) {

    public Contact {
        numbers = List.copyOf(numbers);
    }

    /** One communication number of a PER. */
    public record Number(String qualifier, String value) {}
}
