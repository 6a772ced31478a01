package org.openrcm.codes.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.testing.SharedData;

/** The 2024 modifier list: 384 HCPCS Level II rows with their wording, 49 CPT modifiers by code only. */
class ModifierFileTest {

    static final String NAME = "hcpcs/modifiers_2024.csv";

    static Release read(String text) {
        return ModifierFile.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "modifiers_2024.csv",
                "2024",
                LocalDate.of(2024, 1, 1));
    }

    static String text() throws IOException {
        return Files.readString(SharedData.codes(NAME));
    }

    @Test
    void the433RowsAre426ModifiersOfTwoTypes() throws IOException {
        long start = System.nanoTime();
        Release modifiers = read(text());
        System.out.printf("Modifiers 2024 read in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(modifiers.system()).isEqualTo(CodeSystem.MODIFIER);
        assertThat(modifiers.codes())
                .as("KX twice (two categories), P1-P6 as HCPCS and CPT")
                .hasSize(426);
        assertThat(modifiers.codes())
                .filteredOn(c -> c.details().get(Details.TYPE).contains("HCPCS"))
                .hasSize(383);
        assertThat(modifiers.codes())
                .filteredOn(c -> c.details().get(Details.TYPE).contains("CPT"))
                .hasSize(49);
        assertThat(modifiers.codes())
                .filteredOn(c -> c.details().get(Details.TYPE).equals("CPT"))
                .allSatisfy(c -> assertThat(c.longTitle()).as(c.value()).isEmpty());
    }

    @Test
    void eachModifierHasItsTypeCategoryAndUse() throws IOException {
        Release modifiers = read(text());
        Code m59 = modifiers.code("59").orElseThrow();
        assertThat(m59.details())
                .containsEntry(Details.TYPE, "CPT")
                .containsEntry(Details.MODIFIER_CATEGORY, "General");
        assertThat(m59.longTitle()).isEmpty();
        Code xs = modifiers.code("XS").orElseThrow();
        assertThat(xs.details())
                .containsEntry(Details.TYPE, "HCPCS")
                .containsEntry(Details.MODIFIER_CATEGORY, "General");
        assertThat(xs.longTitle())
                .isEqualTo("Separate structure, a service that is distinct because it was performed on a separate"
                        + " organ/structure");
        Code rt = modifiers.code("RT").orElseThrow();
        assertThat(rt.details())
                .containsEntry(Details.TYPE, "HCPCS")
                .containsEntry(Details.MODIFIER_CATEGORY, "Anatomic Side of Body")
                .containsEntry(Details.INCORRECT_USE, "When a procedure code specifies bi-lateral or a side of body");
        assertThat(rt.details().get(Details.CORRECT_USE))
                .startsWith("When body contains a right and left anatomical part");
        assertThat(modifiers.code("KX").orElseThrow().details())
                .containsEntry(Details.MODIFIER_CATEGORY, "General, Therapy");
        Code p1 = modifiers.code("P1").orElseThrow();
        assertThat(p1.details()).containsEntry(Details.TYPE, "HCPCS, CPT");
        assertThat(p1.longTitle()).isEqualTo("A normal healthy patient");
    }

    @Test
    void aBadModifierOrMissingColumnsNameTheLine() throws IOException {
        // Read outside the lambda: without the shared data SharedData skips the test, which assertThatThrownBy
        // would otherwise catch as the expected failure.
        String text = text();
        assertThatThrownBy(() -> read(text.replace("\nRT,HCPCS,", "\nRTX,HCPCS,")))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("modifiers_2024.csv, line 326")
                .hasMessageContaining("'RTX' is not a procedure modifier");
        assertThatThrownBy(() -> read("mod_code,note\nRT,x\n"))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("no header row naming a modifier column and a description or type column");
    }

    @Test
    void recognizesTheModifierListNotTheCodeLists() throws IOException {
        assertThat(ModifierFile.recognizes("renamed.csv", CptFilesTest.head(NAME)))
                .isTrue();
        assertThat(ModifierFile.recognizes("a.csv", CptFilesTest.head("hcpcs/hcpcs_level2_2024_jul.csv")))
                .isFalse();
        assertThat(ModifierFile.recognizes("a.csv", CptFilesTest.head(CptFilesTest.RVU)))
                .isFalse();
        assertThat(ModifierFile.recognizes("a.csv", CptFilesTest.head(CptFilesTest.EM)))
                .isFalse();
    }
}
