package org.openrcm.edits.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CMS's NPI check digit: Luhn over 80840 and the first nine digits. */
class NpiTest {

    @ParameterizedTest
    @CsvSource({
        "1234567893, true", // CMS's worked example in "Requirements for the NPI check digit"
        "1245319599, true",
        "1003000126, true",
        "1234567890, false", // the example with the wrong check digit
        "1234567839, false", // two digits swapped: what Luhn is there to catch
        "1245319598, false",
        "123456789, false", // nine digits
        "12345678930, false",
        "123456789X, false",
        "'', false"
    })
    void theLastDigitChecksTheOthers(String npi, boolean valid) {
        assertThat(Npi.isValid(npi)).isEqualTo(valid);
    }
}
