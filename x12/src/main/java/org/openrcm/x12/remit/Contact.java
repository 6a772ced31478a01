package org.openrcm.x12.remit;

import java.util.List;

/**
 * A contact from a PER segment: its function ({@code CX} business, {@code BL} technical, {@code IC} web site), a name
 * and up to three numbers.
 */
public record Contact(String function, String name, List<Communication> numbers) {

    public Contact {
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }
}
