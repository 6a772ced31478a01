package org.openrcm.edits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.imports.CodeImport;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.history.SubmittedClaims;
import org.openrcm.edits.ncci.NcciRelease;
import org.openrcm.edits.ncci.NcciTables;
import org.openrcm.edits.packs.RulePacks;
import org.openrcm.edits.testing.ClaimFixtures;
import org.openrcm.edits.testing.SharedData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scrubber's table of hand-built claims ({@code scrub-table.json}), run through every standard edit against the
 * real reference data: FY2025 and FY2026 ICD-10-CM, the FY2021 tabular list (its own release, for Excludes1 notes),
 * HCPCS, CPT numbers, modifiers, place of service, the July 2024 MPFS RVU file and the full NCCI practitioner tables;
 * cases marked {@code "rules": true} also apply the documented example pack ({@code docs/rule-packs}).
 * Each case is the DESIGN example changed in place, and lists exactly the findings it must produce ({@code RULE@line},
 * or {@code RULE} for the claim as a whole): any other finding fails the case, so clean claims prove that the edits
 * stay quiet as much as the others prove they speak.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScrubTableTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    Catalog catalog;
    NcciRelease ncci;
    RulePacks examplePack;
    final Scrubber scrubber = Edits.standard();

    @BeforeAll
    void loadReferenceData() {
        catalog = new Catalog();
        List<Path> files = List.of(
                SharedData.codes("icd10cm/fy2025/icd10cm_order_2025.txt"),
                SharedData.codes("icd10cm/fy2026/icd10cm_order_2026.txt"),
                SharedData.codes("icd10cm/tabular-fy2021/icd10cm_tabular_2021.xml"),
                SharedData.codes("hcpcs/hcpcs_level2_2024_jul.csv"),
                SharedData.codes("hcpcs/modifiers_2024.csv"),
                SharedData.codes("cpt/cpt_code_numbers_from_pprrvu_2024_jul.csv"),
                SharedData.codes("fees/PPRRVU2024_JUL_rvu24c.csv"),
                SharedData.codes("remittance/place_of_service_codes_northstar_2024.csv"));
        for (CodeImport.Part part :
                CodeImport.readAll(CodeImport.plan(CodeImport.expand(files), null), CodeImport.Progress.NONE)) {
            part.releases().forEach(catalog::add);
            if (part.fees() != null) {
                catalog.add(part.fees());
            }
        }
        ncci = NcciRelease.read(SharedData.codes("ncci"));
        examplePack = RulePacks.read(Path.of("../docs/rule-packs/example-commercial.yaml"));
    }

    static Stream<Arguments> cases() throws IOException {
        JsonNode table;
        try (InputStream in = ScrubTableTest.class.getResourceAsStream("scrub-table.json")) {
            table = JsonMapper.builder().build().readTree(in);
        }
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode c : table) {
            cases.add(Arguments.of(c.get("name").asString(), c));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void producesExactlyTheFindingsOfTheTable(String name, JsonNode c) {
        Claim claim = ClaimFixtures.claim(ClaimFixtures.example(changes(c.get("change"))));
        LocalDate today = c.has("today") ? LocalDate.parse(c.get("today").asString()) : TODAY;
        List<Claim> sent = new ArrayList<>();
        if (c.has("submitted")) {
            for (JsonNode s : c.get("submitted")) {
                sent.add(ClaimFixtures.claim(ClaimFixtures.example(changes(s))));
            }
        }
        ReferenceData data =
                new ReferenceData(catalog, NcciTables.of(ncci), today).withSubmitted(SubmittedClaims.of(sent));
        if (c.has("rules") && c.get("rules").asBoolean()) {
            data = data.withRules(examplePack);
        }
        List<Finding> findings = scrubber.scrub(claim, data);
        List<String> expected = new ArrayList<>();
        c.get("findings").forEach(f -> expected.add(f.asString()));
        assertThat(findings)
                .as("%s: %s", name, findings)
                .extracting(f -> f.rule() + (f.line() == null ? "" : "@" + f.line()))
                .containsExactlyInAnyOrderElementsOf(expected);
        findings.forEach(f -> assertThat(f.message())
                .as("a sentence that names what it is about")
                .hasSizeGreaterThan(20));
    }

    @Test
    void theTableHoldsAtLeastSixtyClaimsAndEveryRule() throws IOException {
        List<String> rules = new ArrayList<>();
        List<Arguments> all = cases().toList();
        for (Arguments a : all) {
            ((JsonNode) a.get()[1])
                    .get("findings")
                    .forEach(f -> rules.add(f.asString().split("@")[0]));
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(org.openrcm.edits.packs.RulePackReader.BUILT_IN_RULES)
                .as("every built-in rule id is reserved from packs")
                .containsAll(rules.stream()
                        .filter(r -> !r.startsWith("ACME_")) // the example pack's own
                        .toList());
        assertThat(rules)
                .contains(
                        "CODE_INVALID",
                        "CODE_NOT_BILLABLE",
                        "CODE_NOT_EFFECTIVE",
                        "PCS_ON_PROFESSIONAL",
                        "AGE_CONFLICT",
                        "SEX_CONFLICT",
                        "EXCLUDES1",
                        "NCCI_PTP",
                        "MUE",
                        "ADDON_WITHOUT_PRIMARY",
                        "POINTER_INVALID",
                        "MODIFIER_INVALID",
                        "MISSING_FIELD",
                        "DUPLICATE_CLAIM",
                        "TIMELY_FILING",
                        "MEDICAL_NECESSITY",
                        "MODIFIER_REQUIRED",
                        "MODIFIER_NOT_ALLOWED");
    }

    private static String[] changes(JsonNode list) {
        if (list == null) {
            return new String[0];
        }
        String[] changes = new String[list.size()];
        for (int i = 0; i < list.size(); i++) {
            changes[i] = list.get(i).asString();
        }
        return changes;
    }
}
