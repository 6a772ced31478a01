package org.openrcm.codes.icd10cm;

import java.util.List;
import java.util.Optional;

/**
 * The 7th characters a code takes, as defined on it or on a parent ({@code from}): e.g. {@code A} initial encounter,
 * {@code D} subsequent encounter, {@code S} sequela. A code shorter than six characters is padded with the
 * placeholder {@code X} before the 7th character.
 */
public record SeventhCharacters(String from, String note, List<Character> characters) {

    /**
     * One 7th character and what it means, with the terms the list prints under it ({@code B} initial encounter for
     * open fracture type I or II also covers "initial encounter for open fracture NOS").
     */
    public record Character(char value, String meaning, List<String> inclusionTerms) {
        public Character {
            inclusionTerms = List.copyOf(inclusionTerms);
        }

        public Character(char value, String meaning) {
            this(value, meaning, List.of());
        }
    }

    public SeventhCharacters {
        characters = List.copyOf(characters);
    }

    public Optional<String> meaning(char value) {
        return characters.stream()
                .filter(c -> c.value() == value)
                .map(Character::meaning)
                .findFirst();
    }
}
