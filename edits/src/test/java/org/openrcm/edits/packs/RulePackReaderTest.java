package org.openrcm.edits.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A billing company's pack file: read when right, refused with its line and the reason when not. */
class RulePackReaderTest {

    /** A small valid pack; each refusal below breaks one line of it (line numbers as in this text). */
    static final String PACK = """
            pack: acme
            title: Acme Health
            version: "2026-01"
            payers:
              ids: [ACME01]
            filingLimit:
              days: 180
            modifierRules:
              - id: telehealth
                procedures: ["99212-99215"]
                placesOfService: ["02", 10]
                required: [95, GT]
            coveragePolicies:
              - id: L33797
                title: Lipid testing
                procedures: ["80061", "82465-82470"]
                coveredDiagnoses: ["E78.*", "E11.9", "R73.01-R73.09"]
            customRules:
              - when:
                  procedures: ["80061"]
                  ageMax: 19
                then:
                  rule: ACME_UNDER_20
                  severity: WARNING
                  message: Needs a risk diagnosis.
            """;

    static String replace(String from, String to) {
        assertThat(PACK).as("the test changes %s", from).containsOnlyOnce(from);
        return PACK.replace(from, to);
    }

    @Test
    void readsEverySectionOfAValidPack() {
        RulePack pack = RulePackReader.read("payers/acme.yaml", PACK);
        assertThat(pack.id()).isEqualTo("acme");
        assertThat(pack.version()).isEqualTo("2026-01");
        assertThat(pack.payers().ids()).containsExactly("ACME01");
        assertThat(pack.filingLimit().words()).isEqualTo("180 days");
        assertThat(pack.filingLimit().warnDays()).isEqualTo(30);
        RulePack.ModifierRule m = pack.modifierRules().getFirst();
        assertThat(m.placesOfService()).as("10 unquoted is still a code").containsExactly("02", "10");
        assertThat(m.required()).containsExactly("95", "GT");
        assertThat(m.procedures().contains("99214")).isTrue();
        assertThat(m.procedures().contains("99211")).isFalse();
        RulePack.CoveragePolicy p = pack.coveragePolicies().getFirst();
        assertThat(p.coveredDiagnoses().contains("E785")).isTrue();
        assertThat(p.coveredDiagnoses().contains("E78.5")).isTrue();
        assertThat(p.coveredDiagnoses().contains("E119")).isTrue();
        assertThat(p.coveredDiagnoses().contains("E118")).isFalse();
        assertThat(p.coveredDiagnoses().contains("R7303")).isTrue();
        assertThat(p.coveredDiagnoses().contains("R730"))
                .as("R73.0 is above the range's level")
                .isFalse();
        assertThat(p.coveredDiagnoses().contains("R739")).isFalse();
        assertThat(pack.customRules().getFirst().perLine()).isTrue();
        assertThat(RulePackReader.read("acme.yml", replace("[\"02\", 10]", "[02, 2]"))
                        .modifierRules()
                        .getFirst()
                        .placesOfService())
                .as("unquoted digits are read as written, one digit padded")
                .containsExactly("02", "02");
    }

    @Test
    void theSamePackInJsonReadsTheSame() {
        String json = """
                {"pack": "acme", "title": "Acme Health", "version": "1",
                 "coveragePolicies": [{"id": "L1", "title": "Lipids", "procedures": ["80061"],
                                       "coveredDiagnoses": ["E78.*"]}]}
                """;
        RulePack pack = RulePackReader.read("acme.json", json);
        assertThat(pack.payers()).as("no selector: every claim").isNull();
        assertThat(pack.coveragePolicies().getFirst().procedures().contains("80061"))
                .isTrue();
        assertThatThrownBy(() -> RulePackReader.read("acme.json", json.replace("\"L1\"", "[\"L1\"]")))
                .isInstanceOf(RulePackException.class)
                .hasMessage("acme.json line 2, column 30: 'id' must be text, not a list");
    }

    @Test
    void theJsonExampleOfTheFormatDocumentReads() throws IOException {
        String doc = Files.readString(Path.of("../docs/rule-packs.md"));
        int start = doc.indexOf("```json\n");
        assertThat(start).as("docs/rule-packs.md has a JSON example").isPositive();
        String json = doc.substring(start + 8, doc.indexOf("```", start + 8));
        RulePack pack = RulePackReader.read("rule-packs.md.json", json);
        assertThat(pack.filingLimit().words()).isEqualTo("365 days");
        assertThat(pack.coveragePolicies().getFirst().coveredDiagnoses().contains("N18.30"))
                .isTrue();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            coveredDiagnoses: ["E78.*", "E11.9", "R73.01-R73.09"] | coveredDiagnoses: ["E78.*", "E11.*9"] \
              | payers/acme.yaml line 17, column 33: 'coveredDiagnoses' entry 'E11.*9' is not a code, a prefix ending in '*' or a range
            coveredDiagnoses: ["E78.*", "E11.9", "R73.01-R73.09"] | coveredDiagnoses: ["R73.09-R73.01"] \
              | payers/acme.yaml line 17, column 24: 'coveredDiagnoses' entry 'R73.09-R73.01' is a range whose end comes before its start
            procedures: ["80061", "82465-82470"] | procedures: ["80061", "82470-82465"] \
              | payers/acme.yaml line 16, column 27: 'procedures' entry '82470-82465' is a range whose end comes before its start
            procedures: ["80061", "82465-82470"] | procedures: ["8006"] \
              | payers/acme.yaml line 16, column 18: 'procedures' entry '8006' is not a procedure code (five letters or digits) or a range of them
            procedures: ["80061", "82465-82470"] | procedures: ["0001F-00099"] \
              | payers/acme.yaml line 16, column 18: 'procedures' entry '0001F-00099' is a range whose ends are not codes of one kind (letters and digits in the same places)
            title: Lipid testing | titel: Lipid testing \
              | payers/acme.yaml line 15, column 5: unknown key 'titel' in a coverage policy; the keys are id, title, procedures, coveredDiagnoses, message
            severity: WARNING | severity: FATAL \
              | payers/acme.yaml line 24, column 17: 'severity' is 'FATAL'; it is ERROR or WARNING
            days: 180 | days: "180 days" \
              | payers/acme.yaml line 7, column 9: 'days' must be a whole number, not '180 days'
            days: 180 | days: 0 \
              | payers/acme.yaml line 7, column 9: 'days' is 0; it must be from 1 to 3650
            rule: ACME_UNDER_20 | rule: TIMELY_FILING \
              | payers/acme.yaml line 23, column 13: 'TIMELY_FILING' is a built-in rule id: choose one of the pack's own (e.g. prefixed with the payer's name)
            rule: ACME_UNDER_20 | rule: acme-under-20 \
              | payers/acme.yaml line 23, column 13: 'rule' 'acme-under-20' is not a rule id in UPPER_SNAKE_CASE (e.g. ACME_NO_SAME_DAY)
            required: [95, GT] | required: [95, GTX] \
              | payers/acme.yaml line 12, column 20: 'required' entry 'GTX' is not a modifier (two letters or digits)
            placesOfService: ["02", 10] | placesOfService: ["02", "tele"] \
              | payers/acme.yaml line 11, column 29: 'placesOfService' entry 'tele' is not a place of service code (two digits, e.g. "02")
            ageMax: 19 | ageMax: 19\\n      ageMin: 40 \
              | payers/acme.yaml line 21, column 15: 'ageMax' 19 is below 'ageMin' 40
            ids: [ACME01] | ids: ACME01 \
              | payers/acme.yaml line 5, column 8: 'ids' must be a list, not 'ACME01'
            days: 180 | days: 180\\n  calendarYears: 1 \
              | payers/acme.yaml line 7, column 3: 'filingLimit' takes exactly one of 'days' and 'calendarYears'
            payers: | sponsors: \
              | payers/acme.yaml line 4, column 1: unknown key 'sponsors' in the pack; the keys are pack, title, version, description, payers, filingLimit, modifierRules, coveragePolicies, customRules
            version: "2026-01" | version: "2026-01"\\ntitle: Again \
              | payers/acme.yaml line 4, column 1: 'title' is given twice (first on line 2)
            """)
    void aBadPackIsRefusedWithItsLineAndTheReason(String from, String to, String message) {
        String bad = replace(from.strip(), to.strip().replace("\\n", "\n"));
        assertThatThrownBy(() -> RulePackReader.read("payers/acme.yaml", bad))
                .isInstanceOf(RulePackException.class)
                .hasMessage(message.strip());
    }

    @Test
    void aCustomRuleWithoutAConditionIsRefused() {
        String empty = replace("      procedures: [\"80061\"]\n      ageMax: 19\n", "      ageMax:\n");
        assertThatThrownBy(() -> RulePackReader.read("acme.yaml", empty))
                .isInstanceOf(RulePackException.class)
                .hasMessage("acme.yaml line 20, column 7: 'when' has no condition: a custom rule needs at least one");
    }

    @Test
    void twoPoliciesWithOneIdAreRefusedAtTheSecond() {
        String twice = PACK.replace("""
                customRules:
                """, """
                  - id: L33797
                    title: Again
                    procedures: ["83036"]
                    coveredDiagnoses: ["E11.*"]
                customRules:
                """);
        assertThatThrownBy(() -> RulePackReader.read("acme.yaml", twice))
                .isInstanceOf(RulePackException.class)
                .hasMessage("acme.yaml line 18, column 9: 'coveragePolicies' has id 'L33797' twice")
                .satisfies(e -> assertThat(((RulePackException) e).line()).isEqualTo(18));
    }

    @Test
    void brokenYamlIsRefusedWithItsLine() {
        assertThatThrownBy(
                        () -> RulePackReader.read("acme.yaml", PACK.replace("title: Lipid testing", "title: [Lipid")))
                .isInstanceOf(RulePackException.class)
                .hasMessage("acme.yaml line 16, column 15: not valid YAML (expected ',' or ']', but got :)");
        assertThatThrownBy(() -> RulePackReader.read(
                        "acme.yaml",
                        replace("title: Acme Health", "title: &t Acme").replace("title: Lipid testing", "title: *t")))
                .hasMessage("acme.yaml line 15, column 12: YAML aliases (*name) are not supported: write the value");
        assertThatThrownBy(() -> RulePackReader.read("acme.txt", PACK))
                .hasMessage("acme.txt: a rule pack is a .yaml, .yml or .json file");
    }

    @Test
    void aFolderIsReadWholeOrRefusedWhole(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.yaml"), PACK);
        Files.writeString(dir.resolve("b.json"), """
                {"pack": "beta", "title": "Beta", "version": "1", "filingLimit": {"calendarYears": 1}}
                """);
        Files.writeString(dir.resolve("notes.txt"), "not a pack");
        assertThat(RulePacks.read(dir).packs()).extracting(RulePack::id).containsExactly("acme", "beta");

        Files.writeString(dir.resolve("c.yml"), PACK.replace("version: \"2026-01\"", "version: [1]"));
        assertThatThrownBy(() -> RulePacks.read(dir))
                .isInstanceOf(RulePackException.class)
                .hasMessage(dir.resolve("c.yml") + " line 3, column 10: 'version' must be text, not a list");

        Files.writeString(dir.resolve("c.yml"), PACK);
        assertThatThrownBy(() -> RulePacks.read(dir))
                .isInstanceOf(RulePackException.class)
                .hasMessage(dir.resolve("c.yml") + ": pack id 'acme' is already the id of a.yaml");
    }
}
