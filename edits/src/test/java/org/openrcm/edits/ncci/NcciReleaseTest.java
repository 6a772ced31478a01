package org.openrcm.edits.ncci;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NcciReleaseTest {

    @Test
    void theQuarterComesFromTheFileName() {
        assertThat(NcciFiles.effectiveDate("ptp_practitioner_eff_2024-07-01.csv.gz"))
                .contains(LocalDate.of(2024, 7, 1));
        assertThat(NcciFiles.effectiveDate("/data/ncci/aoc_addon_code_edits_2024-06-03.csv"))
                .contains(LocalDate.of(2024, 6, 3));
        assertThat(NcciFiles.effectiveDate("ccipra_v302r0_eff_20241001.txt")).contains(LocalDate.of(2024, 10, 1));
        assertThat(NcciFiles.effectiveDate("ptp.csv")).isEmpty();
        assertThat(NcciFiles.quarter(LocalDate.of(2024, 7, 1))).isEqualTo("2024Q3");
        assertThat(NcciFiles.quarter(LocalDate.of(2025, 1, 1))).isEqualTo("2025Q1");
        assertThat(NcciFiles.quarter(LocalDate.of(2024, 12, 31))).isEqualTo("2024Q4");
    }

    @Test
    void aReleaseFolderReadsWhole() {
        NcciRelease r = NcciRelease.read(NcciTestFiles.path(NcciTestFiles.AOC).getParent());
        assertThat(r.effective()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(r.quarter()).isEqualTo("2024Q3");
        assertThat(r.ptp().source()).isEqualTo("ptp_practitioner_eff_2024-07-01.csv.gz"); // not the sample
        assertThat(r.ptp().size()).isEqualTo(2_546_017);
        assertThat(r.mues()).containsOnlyKeys(MueService.values());
        assertThat(r.mue(MueService.PRACTITIONER)
                        .orElseThrow()
                        .mue("99213")
                        .orElseThrow()
                        .units())
                .isEqualTo(2);
        assertThat(r.addOns().isAddOn("99417")).isTrue();
    }

    @Test
    void ncciAssociatedModifiersBypassIndicatorOneEdits() {
        for (String m : new String[] {
            "59", "XE", "XS", "XP", "XU", "RT", "LT", "F1", "F9", "FA", "T1", "TA", "E4", "24", "25", "57", "58", "78",
            "79", "91", "27", "LC", "LD", "LM", "RC", "RI", "xu"
        }) {
            assertThat(NcciModifiers.bypassesPtp(m)).as(m).isTrue();
        }
        // 26/TC split a service; 50, 51, 76 do not bypass PTP edits; E5, F0, T0 are no modifiers
        for (String m : new String[] {"26", "TC", "50", "51", "76", "77", "GA", "E5", "F0", "T0", "", "5"}) {
            assertThat(NcciModifiers.bypassesPtp(m)).as(m).isFalse();
        }
        assertThat(NcciModifiers.all()).hasSize(44);
        assertThat(NcciModifiers.isAnatomic("RT")).isTrue();
        assertThat(NcciModifiers.isAnatomic("59")).isFalse();
    }
}
