package org.openrcm.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Codes are typed the way users and remittances write them, and found the way releases store them. */
class CodeSystemTest {

    @ParameterizedTest
    @CsvSource({
        "ICD10CM, e11.9, E119",
        "ICD10CM, ' S72.001A ', S72001A",
        "ICD10PCS, 0016070, 0016070",
        "POS, 1, 01",
        "POS, 11, 11",
        "CARC, CO-45, 45",
        "CARC, PR 1, 1",
        "CARC, 97, 97",
        "HCPCS, j1100, J1100",
        "MODIFIER, xs, XS"
    })
    void aCodeAsTypedIsTheCodeAsStored(CodeSystem system, String typed, String stored) {
        assertThat(system.normalize(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource({"icd10cm, ICD10CM", "ICD-10-CM, ICD10CM", "hcpcs, HCPCS", "nucc taxonomy, TAXONOMY", "pos, POS"})
    void aSystemIsNamedAsUsersNameIt(String name, CodeSystem system) {
        assertThat(CodeSystem.parse(name)).isEqualTo(system);
    }

    @org.junit.jupiter.api.Test
    void anUnknownSystemListsTheKnownOnes() {
        assertThatThrownBy(() -> CodeSystem.parse("snomed")).hasMessageContaining("icd10cm, icd10pcs, hcpcs");
    }
}
