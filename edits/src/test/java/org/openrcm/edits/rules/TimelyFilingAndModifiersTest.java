package org.openrcm.edits.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.procedures.ModifierFile;
import org.openrcm.edits.Finding;
import org.openrcm.edits.Reference;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.packs.RulePack;
import org.openrcm.edits.packs.RulePackReader;
import org.openrcm.edits.packs.RulePacks;
import org.openrcm.edits.testing.SharedData;

/**
 * Filing limits (Medicare's one calendar year, and the limits of payer rule packs), and modifiers checked against the
 * real 2024 modifier list.
 */
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
                .as("other payers without a pack limit are not checked")
                .isEmpty();
    }

    static List<Finding> filing(String payerKind, LocalDate today, String... packs) {
        List<RulePack> read = new ArrayList<>();
        for (int i = 0; i < packs.length; i++) {
            read.add(RulePackReader.read("p" + i + ".yaml", packs[i]));
        }
        return new TimelyFiling()
                .check(claim(payerKind), new ReferenceData(new Catalog(), today).withRules(new RulePacks(read)));
    }

    static String pack(String id, String kind, String limit) {
        return "pack: " + id + "\ntitle: " + id + " plans\nversion: \"9\"\npayers: {kinds: [" + kind + "]}\n"
                + "filingLimit: " + limit + "\n";
    }

    @Test
    void aPackGivesItsPayersLimitAndTheShortestOfSeveralWins() {
        String ninety = pack("short", "commercial", "{days: 90, warnDays: 0, source: contract 4.2}");
        String year = pack("long", "commercial", "{calendarYears: 1}");
        assertThat(filing("commercial", LocalDate.of(2024, 10, 30), ninety, year))
                .as("day 90 is the last day; warnDays 0: no warning")
                .isEmpty();
        assertThat(filing("commercial", LocalDate.of(2024, 10, 31), ninety, year))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message())
                            .isEqualTo("Line 1 (20610, 2024-08-01) is past short plans's filing limit: claims are due"
                                    + " within 90 days of the date of service, by 2024-10-30. Only a documented"
                                    + " exception (e.g. retroactive eligibility) reopens it.");
                    assertThat(f.reference())
                            .isEqualTo(
                                    new Reference("payer rule pack short", "9", "filingLimit 90 days, contract 4.2"));
                });
        assertThat(filing("commercial", LocalDate.of(2025, 7, 15), year))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("must reach long plans by 2025-08-01"));
        assertThat(filing("medicare", LocalDate.of(2026, 1, 1), ninety))
                .as("a commercial pack says nothing of Medicare claims, which keep one calendar year")
                .singleElement()
                .satisfies(f -> assertThat(f.reference().release()).isEqualTo("42 CFR 424.44(a)"));
        assertThat(filing("medicare", LocalDate.of(2024, 11, 1), pack("mcr", "medicare", "{days: 90}")))
                .as("a pack for Medicare claims replaces the built-in limit")
                .singleElement()
                .satisfies(f -> assertThat(f.reference().table()).isEqualTo("payer rule pack mcr"));
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
