package org.openrcm.edits.ncci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NcciTablesTest {

    static NcciRelease empty(LocalDate effective) {
        return new NcciRelease(effective, NcciFiles.quarter(effective), null, Map.of(), null);
    }

    @Test
    void theQuarterInForceIsTheLatestTakingEffectOnOrBeforeTheDate() {
        NcciTables t = NcciTables.of(List.of(empty(LocalDate.of(2024, 10, 1)), empty(LocalDate.of(2024, 7, 1))));
        assertThat(t.on(LocalDate.of(2024, 6, 30))).isEmpty();
        assertThat(t.on(LocalDate.of(2024, 7, 1)).orElseThrow().quarter()).isEqualTo("2024Q3");
        assertThat(t.on(LocalDate.of(2024, 9, 30)).orElseThrow().quarter()).isEqualTo("2024Q3");
        assertThat(t.on(LocalDate.of(2024, 10, 1)).orElseThrow().quarter()).isEqualTo("2024Q4");
        assertThat(t.on(LocalDate.of(2026, 1, 1)).orElseThrow().quarter())
                .as("a later quarter not imported leaves the last in force")
                .isEqualTo("2024Q4");
        assertThat(t.earliest().orElseThrow().quarter()).isEqualTo("2024Q3");
        assertThat(t.releases()).extracting(NcciRelease::quarter).containsExactly("2024Q3", "2024Q4");
        assertThat(NcciTables.none().isEmpty()).isTrue();
        assertThat(NcciTables.none().on(LocalDate.of(2024, 8, 1))).isEmpty();
    }

    @Test
    void twoReleasesOfTheSameDayAreRefused() {
        assertThatThrownBy(
                        () -> NcciTables.of(List.of(empty(LocalDate.of(2024, 7, 1)), empty(LocalDate.of(2024, 7, 1)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-07-01");
    }
}
