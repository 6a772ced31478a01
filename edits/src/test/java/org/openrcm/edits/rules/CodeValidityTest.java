package org.openrcm.edits.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.icd10cm.OrderFile;
import org.openrcm.codes.procedures.CptNumbersFile;
import org.openrcm.edits.Finding;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.testing.SharedData;

/** Codes checked against the real ICD-10-CM FY2025/FY2026 releases and the CPT numbers of July 2024. */
class CodeValidityTest {
    static final LocalDate NOV_2025 = LocalDate.of(2025, 11, 1);
    static ReferenceData data;

    @BeforeAll
    static void load() throws IOException {
        Catalog catalog = new Catalog();
        for (int fy : new int[] {2025, 2026}) {
            try (InputStream in =
                    Files.newInputStream(SharedData.codes("icd10cm/fy" + fy + "/icd10cm_order_" + fy + ".txt"))) {
                catalog.add(OrderFile.read(in, "order", "FY" + fy, OrderFile.fiscalYearStart(fy)));
            }
        }
        try (InputStream in = Files.newInputStream(SharedData.codes("cpt/cpt_code_numbers_from_pprrvu_2024_jul.csv"))) {
            catalog.add(CptNumbersFile.read(in, "cpt", "2024-JUL", LocalDate.of(2024, 7, 1)));
        }
        data = new ReferenceData(catalog, LocalDate.of(2025, 11, 20));
    }

    static Claim claim(List<String> diagnoses, String... procedures) {
        List<Claim.Line> lines = java.util.Arrays.stream(procedures)
                .map(p -> new Claim.Line(p, List.of(), BigDecimal.ONE, new BigDecimal("100.00"), List.of(1), NOV_2025))
                .toList();
        return new Claim("C-1", "professional", "1", null, null, null, null, null, "11", null, null, diagnoses, lines);
    }

    static List<Finding> check(Claim c) {
        return new CodeValidity().check(c, data);
    }

    @Test
    void validCodesOnTheirDateGiveNothing() {
        assertThat(check(claim(List.of("E11.9", "I10", "S93401A"), "99214", "20610")))
                .isEmpty();
    }

    @Test
    void aHeaderIsNotBillable() {
        assertThat(check(claim(List.of("E11"), "99213"))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CODE_NOT_BILLABLE");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("E11 (Type 2 diabetes mellitus)").contains("most specific");
            assertThat(f.reference().release()).isEqualTo("FY2026");
        });
    }

    @Test
    void anInjuryCodeWithoutIts7thCharacterSaysSo() {
        assertThat(check(claim(List.of("S93.401"), "99213"))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CODE_NOT_BILLABLE");
            assertThat(f.message()).contains("needs its 7th character");
        });
    }

    @Test
    void aCodeDeletedInFy2026IsNotEffectiveAfterOctober1() {
        assertThat(check(claim(List.of("S30.1XXA"), "99213"))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CODE_NOT_EFFECTIVE");
            assertThat(f.message())
                    .contains("S30.1XXA is not valid on 2025-11-01 under ICD-10-CM FY2026")
                    .contains("FY2025");
        });
        Claim september = new Claim(
                "C-2",
                "professional",
                "1",
                null,
                null,
                null,
                null,
                null,
                "11",
                null,
                null,
                List.of("S30.1XXA"),
                List.of(new Claim.Line(
                        "99213",
                        List.of(),
                        BigDecimal.ONE,
                        new BigDecimal("100.00"),
                        List.of(1),
                        LocalDate.of(2025, 9, 30))));
        assertThat(check(september))
                .as("valid on its date of service in FY2025")
                .isEmpty();
    }

    @Test
    void unknownCodesAreInvalidAndAPcsCodeIsNoProfessionalProcedure() {
        List<Finding> findings = check(claim(List.of("Q99.999"), "99999", "0016070"));
        assertThat(findings)
                .extracting(Finding::rule, Finding::line)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CODE_INVALID", null),
                        org.assertj.core.groups.Tuple.tuple("CODE_INVALID", 1),
                        org.assertj.core.groups.Tuple.tuple("PCS_ON_PROFESSIONAL", 2));
    }

    @Test
    void aCodeSetNotImportedIsAWarningNotASilentPass() {
        assertThat(check(claim(List.of("E11.9"), "G0439"))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("REFERENCE_MISSING");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("HCPCS Level II");
        });
    }
}
