package org.openrcm.edits.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.procedures.ModifierFile;
import org.openrcm.edits.Finding;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.testing.SharedData;

/** Medicare's one-year filing limit, and modifiers checked against the real 2024 modifier list. */
class TimelyFilingAndModifiersTest {
    static final LocalDate SERVICE = LocalDate.of(2024, 8, 1);

    static Claim claim(String payerKind, String... modifiers) {
        return new Claim(
                "C-1",
                "professional",
                "1",
                new Claim.Payer("MCR", "Medicare", payerKind),
                null,
                null,
                null,
                null,
                "11",
                null,
                null,
                List.of("E11.9"),
                List.of(new Claim.Line(
                        "20610", List.of(modifiers), BigDecimal.ONE, new BigDecimal("100.00"), List.of(1), SERVICE)));
    }

    static List<Finding> filing(String payerKind, LocalDate today) {
        return new TimelyFiling().check(claim(payerKind), new ReferenceData(new Catalog(), today));
    }

    @Test
    void medicareClaimsAreDueWithinOneCalendarYearOfTheDateOfService() {
        assertThat(filing("medicare", LocalDate.of(2025, 6, 1))).isEmpty();
        assertThat(filing("medicare", LocalDate.of(2025, 7, 15)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("by 2025-08-01");
                });
        assertThat(filing("medicare", LocalDate.of(2025, 8, 1)))
                .extracting(Finding::severity)
                .containsExactly(Severity.WARNING);
        assertThat(filing("medicare", LocalDate.of(2025, 8, 2))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("TIMELY_FILING");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.reference().release()).isEqualTo("42 CFR 424.44(a)");
        });
        assertThat(filing("commercial", LocalDate.of(2026, 8, 2)))
                .as("other payers' limits come from their rule packs")
                .isEmpty();
    }

    @Test
    void anUnknownModifierOrAFifthOneIsCaught() throws IOException {
        Catalog catalog = new Catalog();
        try (InputStream in = Files.newInputStream(SharedData.codes("hcpcs/modifiers_2024.csv"))) {
            catalog.add(ModifierFile.read(in, "modifiers_2024.csv", "2024", LocalDate.of(2024, 1, 1)));
        }
        ReferenceData data = new ReferenceData(catalog, SERVICE);
        assertThat(new ModifierValidity().check(claim("medicare", "RT", "59", "XS", "25"), data))
                .isEmpty();
        assertThat(new ModifierValidity().check(claim("medicare", "RT", "ZZ"), data))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("MODIFIER_INVALID");
                    assertThat(f.codes()).containsExactly("20610", "ZZ");
                });
        assertThat(new ModifierValidity().check(claim("medicare", "RT", "59", "XS", "25", "76"), data))
                .extracting(Finding::message)
                .containsExactly("Line 1 (20610) has 5 modifiers; a claim line holds four.");
    }
}
