package org.openrcm.codes.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReleaseNameTest {

    @Test
    void aQuarterComesFromTheYearAndAMonthOrQuarterInTheName() {
        assertThat(ReleaseName.quarterly("hcpcs/hcpcs_level2_2024_jul.csv"))
                .contains(new ReleaseName("2024-JUL", LocalDate.of(2024, 7, 1)));
        assertThat(ReleaseName.quarterly("PPRRVU2024_JUL_rvu24c.csv"))
                .contains(new ReleaseName("2024-JUL", LocalDate.of(2024, 7, 1)));
        assertThat(ReleaseName.quarterly("HCPC2024_OCT_ANWEB_v2.txt"))
                .contains(new ReleaseName("2024-OCT", LocalDate.of(2024, 10, 1)));
        assertThat(ReleaseName.quarterly("hcpcs-2025-q2.csv"))
                .contains(new ReleaseName("2025-APR", LocalDate.of(2025, 4, 1)));
        assertThat(ReleaseName.quarterly("hcpcs_may_2024.csv"))
                .as("a month within a quarter")
                .contains(new ReleaseName("2024-APR", LocalDate.of(2024, 4, 1)));
        assertThat(ReleaseName.quarterly("C:\\files\\january-2023-alpha-numeric-hcpcs-file.zip"))
                .contains(new ReleaseName("2023-JAN", LocalDate.of(2023, 1, 1)));
    }

    @Test
    void cmsYearlyHcpcsFileIsTheJanuaryRelease() {
        assertThat(ReleaseName.quarterly("HCPC2020_ANWEB_w_disclaimer.txt"))
                .contains(new ReleaseName("2020-JAN", LocalDate.of(2020, 1, 1)));
    }

    @Test
    void aNameWithoutYearOrQuarterSaysNothing() {
        assertThat(ReleaseName.quarterly("modifiers_2024.csv")).isEmpty();
        assertThat(ReleaseName.quarterly("hcpcs_jul.csv")).isEmpty();
        assertThat(ReleaseName.quarterly("codes.csv")).isEmpty();
        assertThat(ReleaseName.fiscalYear("codes.txt")).isEmpty();
    }

    @Test
    void aFiscalYearStartsTheOctoberBefore() {
        assertThat(ReleaseName.fiscalYear("icd10pcs/icd10pcs_order_2026.txt"))
                .contains(new ReleaseName("FY2026", LocalDate.of(2025, 10, 1)));
    }
}
