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
import org.openrcm.edits.Finding;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.ncci.AddOnTable;
import org.openrcm.edits.ncci.MueTable;
import org.openrcm.edits.ncci.NcciRelease;
import org.openrcm.edits.ncci.NcciTables;
import org.openrcm.edits.ncci.PtpTable;
import org.openrcm.edits.testing.SharedData;

/** NCCI edits on real pairs of the July 2024 practitioner tables (the PTP sample, MUE and add-on code files). */
class NcciTest {
    static final LocalDate AUG_2024 = LocalDate.of(2024, 8, 1);
    static ReferenceData data;

    @BeforeAll
    static void load() throws IOException {
        PtpTable ptp;
        try (InputStream in =
                Files.newInputStream(SharedData.codes("ncci/ptp_practitioner_eff_2024-07-01_sample.csv"))) {
            ptp = PtpTable.read(in, "ptp_practitioner_eff_2024-07-01_sample.csv");
        }
        MueTable mue;
        try (InputStream in = Files.newInputStream(SharedData.codes("ncci/mue_practitioner_eff_2024-07-01.csv"))) {
            mue = MueTable.read(in, "mue_practitioner_eff_2024-07-01.csv");
        }
        AddOnTable addOns;
        try (InputStream in = Files.newInputStream(SharedData.codes("ncci/aoc_addon_code_edits_2024-06-03.csv"))) {
            addOns = AddOnTable.read(in, "aoc_addon_code_edits_2024-06-03.csv");
        }
        data = new ReferenceData(new Catalog(), NcciTables.of(NcciRelease.of(ptp, List.of(mue), addOns)), AUG_2024);
    }

    static Claim.Line line(String procedure, int units, String... modifiers) {
        return new Claim.Line(
                procedure,
                List.of(modifiers),
                BigDecimal.valueOf(units),
                new BigDecimal("100.00"),
                List.of(1),
                AUG_2024);
    }

    static List<Finding> check(Claim.Line... lines) {
        Claim claim = new Claim(
                "C-1",
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
                List.of("M17.11"),
                List.of(lines));
        return new Ncci().check(claim, data);
    }

    @Test
    void aColumnTwoCodeOnTheSameDayIsBundledUnlessADistinctServiceModifierIsAllowedAndPresent() {
        assertThat(check(line("99214", 1), line("99211", 1))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NCCI_PTP");
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.codes()).containsExactly("99214", "99211");
            assertThat(f.message())
                    .contains("99211 (line 2) is bundled into 99214 (line 1)")
                    .contains("modifier indicator 1");
            assertThat(f.reference().row()).isEqualTo("99214/99211");
            assertThat(f.reference().release()).isEqualTo("2024Q3");
        });
        assertThat(check(line("99214", 1), line("99211", 1, "XU"))).isEmpty();
    }

    @Test
    void modifierIndicator0AllowsNoModifier() {
        assertThat(check(line("20610", 1), line("64463", 1, "59")))
                .extracting(Finding::rule)
                .containsExactly("NCCI_PTP");
    }

    @Test
    void unitsAboveTheMueOfADateOfServiceAreCaughtAcrossLines() {
        // MUE 20610: 2 units, MAI 3 (date of service, clinical)
        assertThat(check(line("20610", 1, "RT"), line("20610", 1, "LT"))).isEmpty();
        assertThat(check(line("20610", 2, "RT"), line("20610", 1, "LT")))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("MUE");
                    assertThat(f.message())
                            .contains("20610: 3 units on 2024-08-01, above the medically unlikely edit of 2");
                });
    }

    @Test
    void anAddOnNeedsOneOfItsPrimariesOnTheSameDay() {
        assertThat(check(line("99417", 1))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ADDON_WITHOUT_PRIMARY");
            assertThat(f.message()).contains("99205").contains("99215");
        });
        assertThat(check(line("99215", 1), line("99417", 1))).isEmpty();
    }

    static List<Finding> checkOn(ReferenceData with, LocalDate date, Claim.Line... lines) {
        List<Claim.Line> dated = java.util.Arrays.stream(lines)
                .map(l -> new Claim.Line(l.procedure(), l.modifiers(), l.units(), l.charge(), l.pointers(), date))
                .toList();
        Claim claim = new Claim(
                "C-1", "professional", "1", null, null, null, null, null, "11", null, null, List.of("M17.11"), dated);
        return new Ncci().check(claim, with);
    }

    /** The July 2024 tables and an October 2024 PTP table alone, where 99214/99211 allows no modifier. */
    static ReferenceData twoQuarters() {
        NcciRelease july = data.ncci().releases().getFirst();
        PtpTable october = PtpTable.read(
                new java.io.ByteArrayInputStream(
                        "column1,column2,deletion_date,modifier_indicator\n99214,99211,*,0\n".getBytes()),
                "ptp_practitioner_eff_2024-10-01.csv");
        NcciRelease q4 = NcciRelease.quarter(LocalDate.of(2024, 10, 1), october, List.of(), null);
        return new ReferenceData(new Catalog(), NcciTables.of(List.of(q4, july)), AUG_2024);
    }

    @Test
    void eachLineIsJudgedByTheQuarterInForceOnItsDateOfService() {
        ReferenceData both = twoQuarters();
        // July: indicator 1, a distinct-service modifier allows the pair
        assertThat(checkOn(both, LocalDate.of(2024, 9, 30), line("99214", 1), line("99211", 1, "XU")))
                .isEmpty();
        // October: indicator 0, no modifier allows it; the quarter is cited
        List<Finding> october = checkOn(both, LocalDate.of(2024, 11, 4), line("99214", 1), line("99211", 1, "XU"));
        assertThat(october)
                .filteredOn(f -> f.rule().equals("NCCI_PTP"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).contains("modifier indicator 0");
                    assertThat(f.reference().release()).isEqualTo("2024Q4");
                });
        assertThat(october)
                .filteredOn(f -> f.rule().equals("REFERENCE_MISSING"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(org.openrcm.edits.Severity.WARNING);
                    assertThat(f.message())
                            .contains("NCCI 2024Q4 is imported without its MUE practitioner, add-on code edits tables");
                });
        // October has no MUE table: 3 units of 20610 are not judged by July's MUE
        assertThat(checkOn(both, LocalDate.of(2024, 11, 4), line("20610", 3)))
                .extracting(Finding::rule)
                .containsExactly("REFERENCE_MISSING");
    }

    @Test
    void aDateBeforeTheEarliestImportedQuarterIsNotCheckedAndSaidSo() {
        assertThat(checkOn(data, LocalDate.of(2024, 3, 15), line("99214", 1), line("99211", 1)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("REFERENCE_MISSING");
                    assertThat(f.severity()).isEqualTo(org.openrcm.edits.Severity.WARNING);
                    assertThat(f.message())
                            .contains("No NCCI tables are imported for 2024Q1")
                            .contains("the earliest imported is 2024Q3")
                            .contains("lines 1, 2 were not checked");
                });
    }

    @Test
    void withoutAnyNcciTablesNothingIsCheckedOrSaid() {
        ReferenceData none = new ReferenceData(new Catalog(), AUG_2024);
        assertThat(checkOn(none, AUG_2024, line("99214", 1), line("99211", 1))).isEmpty();
    }
}
