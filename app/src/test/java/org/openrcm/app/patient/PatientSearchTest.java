package org.openrcm.app.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PatientSearchTest {
    @Test
    void readsUsAndIsoBirthDates() {
        assertThat(PatientSearch.parse("04/02/1950").birthDate()).isEqualTo(LocalDate.of(1950, 4, 2));
        assertThat(PatientSearch.parse(" 1950-04-02 ").birthDate()).isEqualTo(LocalDate.of(1950, 4, 2));
    }

    @Test
    void anImpossibleDateIsNotADateSearch() {
        PatientSearch search = PatientSearch.parse("02/30/1950");
        assertThat(search.birthDate()).isNull();
        assertThat(search.isEmpty()).isTrue();
    }

    @Test
    void readsAccountNumbersInAnyCase() {
        assertThat(PatientSearch.parse("oak-000017").accountNumber()).isEqualTo("OAK-000017");
    }

    @Test
    void readsNamesInAnyOrderAndCaseWithoutPunctuation() {
        assertThat(PatientSearch.parse("Rivera, Ana").names()).containsExactly("rivera", "ana");
        assertThat(PatientSearch.parse("  o'brien   mary-kate ").names()).containsExactly("o'brien", "mary-kate");
        assertThat(PatientSearch.parse("a b c d").names()).hasSize(3);
    }

    @Test
    void wildcardsTypedByAUserAreNotWildcards() {
        assertThat(PatientSearch.parse("%_").isEmpty()).isTrue();
    }
}
