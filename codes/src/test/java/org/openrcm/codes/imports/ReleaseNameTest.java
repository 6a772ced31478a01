package org.openrcm.codes.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files are named by CMS, CDC and NUCC in many ways; each must land in the release it belongs to. */
class ReleaseNameTest {

    @ParameterizedTest
    @CsvSource({
        "icd10cm_order_2026.txt, FY2026, 2025-10-01",
        "2026-Code-Descriptions-in-Tabular-Order.zip!icd10cm_order_2026.txt, FY2026, 2025-10-01",
        "April-1-2026-Code-Descriptions-in-Tabular-Order.zip!icd10cm_order_2026.txt, FY2026-APR, 2026-04-01",
        "icd10cm-drug-April-1-2026-XML.xml, FY2026-APR, 2026-04-01",
        "icd10cm-table-index-2025-April.zip!icd-10-cm-drug-2025.xml, FY2025-APR, 2025-04-01",
        "icd10cm_tabular_2021.xml, FY2021, 2020-10-01",
        "icd10pcs_order_2026.txt, FY2026, 2025-10-01"
    })
    void fiscalYearReleasesAreToldFromTheName(String name, String id, LocalDate effective) {
        assertThat(ReleaseName.fiscalYear(name)).contains(new ReleaseName(id, effective));
    }

    @ParameterizedTest
    @CsvSource({
        "HCPC2024_JUL_ANWEB.txt, 2024-JUL, 2024-07-01",
        "PPRRVU2024_JUL_rvu24c.csv, 2024-JUL, 2024-07-01",
        "hcpcs_2025_q2.csv, 2025-APR, 2025-04-01",
        "hcpcs/hcpcs_level2_2024_jul.csv, 2024-JUL, 2024-07-01",
        "HCPC2024_OCT_ANWEB_v2.txt, 2024-OCT, 2024-10-01",
        "hcpcs_may_2024.csv, 2024-APR, 2024-04-01",
        "january-2023-alpha-numeric-hcpcs-file.zip, 2023-JAN, 2023-01-01",
        "HCPC2020_ANWEB_w_disclaimer.txt, 2020-JAN, 2020-01-01"
    })
    void quarterlyReleasesAreToldFromTheName(String name, String id, LocalDate effective) {
        assertThat(ReleaseName.quarter(name)).contains(new ReleaseName(id, effective));
    }

    @ParameterizedTest
    @CsvSource({"2025-10-01, FY2026", "2026-04-01, FY2026-APR", "2026-01-15, FY2026-2026-01-15"})
    void aGivenEffectiveDateNamesTheFiscalYearRelease(LocalDate effective, String id) {
        assertThat(ReleaseName.fiscalYear(effective)).isEqualTo(new ReleaseName(id, effective));
    }

    @ParameterizedTest
    @CsvSource({"README.txt", "icd10cm_order.txt"})
    void aNameWithoutAYearTellsNothing(String name) {
        assertThat(ReleaseName.fiscalYear(name)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"modifiers_2024.csv", "hcpcs_jul.csv", "codes.csv"})
    void aNameWithoutYearAndQuarterTellsNoQuarter(String name) {
        assertThat(ReleaseName.quarter(name)).isEmpty();
    }
}
