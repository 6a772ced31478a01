package org.openrcm.edits.ncci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AddOnTableTest {

    static AddOnTable aoc;

    @BeforeAll
    static void read() {
        aoc = NcciTestFiles.read(NcciTestFiles.AOC, AddOnTable::read);
    }

    @Test
    void everyRowAndEveryAddOnCode() {
        // awk: 7,465 rows, 668 distinct add-on codes, 44 CCCCC rows (36 of type 2, 8 of type 3)
        assertThat(aoc.rows()).isEqualTo(7_465);
        assertThat(aoc.size()).isEqualTo(668);
        assertThat(aoc.effective()).contains(LocalDate.of(2024, 6, 3));
    }

    @Test
    void prolongedVisitIsPaidOnlyWithTheVisitsItExtends() {
        // 99205,99417,1 and 99215,99417,1
        AddOnEdit e = aoc.addOn("99417").orElseThrow();
        assertThat(e.type()).isEqualTo(AocType.ONLY_LISTED_PRIMARIES);
        assertThat(e.primaries()).containsExactly("99205", "99215");
        assertThat(e.anyPrimary()).isFalse();
        assertThat(e.listsPrimary("99215")).isTrue();
        assertThat(e.listsPrimary("99214")).isFalse();
        assertThat(aoc.isAddOn("99417")).isTrue();
        assertThat(aoc.isAddOn("99215")).isFalse();
        // 11042,11045,1: each additional 20 sq cm of debridement goes with 11042
        assertThat(aoc.primaries("11045")).containsExactly("11042");
        assertThat(aoc.primaries("99213")).isEmpty();
    }

    @Test
    void typeTwoAddOnsLeaveThePrimariesToThePayer() {
        // CCCCC,0054T,2
        AddOnEdit e = aoc.addOn("0054T").orElseThrow();
        assertThat(e.type()).isEqualTo(AocType.PAYER_DEFINED_PRIMARIES);
        assertThat(e.anyPrimary()).isTrue();
        assertThat(e.primaries()).isEmpty();
        assertThat(aoc.addOn("0071U").orElseThrow().primaries()).containsExactly("0070U");
    }

    private static AddOnTable parse(String text) {
        return AddOnTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "aoc_test.csv");
    }

    @Test
    void badRowsAreRefusedNamingFileAndLine() {
        String h = "primary_code,add_on_code,aoc_edit_type\n";
        assertThatThrownBy(() -> parse(h + "99205,99417,1\n99215,99417,3\n"))
                .hasMessage("aoc_test.csv, line 3: add-on code 99417 is type 3 here and type 1 on line 2");
        assertThatThrownBy(() -> parse(h + "99205,99417,4\n"))
                .hasMessage("aoc_test.csv, line 2: add-on code edit type '4' is not 1, 2 or 3");
        assertThatThrownBy(() -> parse(h + "99205,0054T,2\n"))
                .hasMessageStartingWith("aoc_test.csv, line 2: add-on code 0054T is type 2 (primaries defined by the"
                        + " payer) but lists primary 99205");
        assertThatThrownBy(() -> parse(h + "99205,99417,1\n99205,99417,1\n"))
                .hasMessage("aoc_test.csv, line 3: 99205 is listed twice as a primary of 99417");
    }
}
