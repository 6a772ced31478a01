package org.openrcm.app.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NpiTest {
    @Test
    void acceptsTheCmsExampleNpi() {
        // CMS's worked example of the check digit: 123456789 completes to 1234567893.
        assertThat(Npi.isValid("1234567893")).isTrue();
        assertThat(Npi.withCheckDigit("123456789").value()).isEqualTo("1234567893");
    }

    @Test
    void refusesAWrongCheckDigitOrShape() {
        assertThat(Npi.isValid("1234567890")).isFalse();
        assertThat(Npi.isValid("123456789")).isFalse();
        assertThat(Npi.isValid("12345678931")).isFalse();
        assertThat(Npi.isValid("12345a7893")).isFalse();
        assertThat(Npi.isValid(null)).isFalse();
        assertThatThrownBy(() -> new Npi("1234567890")).hasMessageContaining("not a valid NPI");
    }

    @Test
    void everyGeneratedNpiValidatesAndAnyOtherLastDigitDoesNot() {
        for (int stem = 100_000_000; stem < 100_000_000 + 500; stem++) {
            String valid = Npi.withCheckDigit(Integer.toString(stem)).value();
            assertThat(Npi.isValid(valid)).isTrue();
            for (char d = '0'; d <= '9'; d++) {
                if (d != valid.charAt(9)) {
                    assertThat(Npi.isValid(valid.substring(0, 9) + d)).isFalse();
                }
            }
        }
    }
}
