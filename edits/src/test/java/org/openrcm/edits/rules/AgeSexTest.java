package org.openrcm.edits.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openrcm.edits.testing.ClaimFixtures.DESIGN_EXAMPLE;
import static org.openrcm.edits.testing.ClaimFixtures.claim;
import static org.openrcm.edits.testing.ClaimFixtures.example;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openrcm.codes.Catalog;
import org.openrcm.edits.Edits;
import org.openrcm.edits.Finding;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;

/**
 * Age and sex conflicts on the DESIGN example (dates of service 2026-03-02), with the patient's birth date and sex,
 * the first diagnosis and the second line's procedure changed.
 */
class AgeSexTest {

    private static final ReferenceData DATA = new ReferenceData(new Catalog(), LocalDate.of(2026, 3, 20));
    private final AgeSex edit = new AgeSex();

    /** The example for a patient born on {@code birth} (null: none) of {@code sex}, first diagnosis {@code dx}. */
    private List<Finding> check(@Nullable String birth, @Nullable String sex, String dx, String line2) {
        return check(birth, sex, dx, line2, "RT");
    }

    private List<Finding> check(
            @Nullable String birth, @Nullable String sex, String dx, String line2, String line2Modifier) {
        String json = example(
                "\"birthDate\": \"1950-04-02\", \"sex\": \"F\"",
                "\"birthDate\": " + quoted(birth) + ", \"sex\": " + quoted(sex),
                "\"diagnoses\": [\"E11.9\", \"I10\"]",
                "\"diagnoses\": [\"" + dx + "\", \"I10\"]",
                "{\"procedure\": \"20610\", \"modifiers\": [\"RT\"]",
                "{\"procedure\": \"" + line2 + "\", \"modifiers\": [\"" + line2Modifier + "\"]");
        return edit.check(claim(json), DATA);
    }

    private static String quoted(@Nullable String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    private static String rules(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + "/" + f.severity()).collect(Collectors.joining(","));
    }

    @Test
    void theDesignExampleHasNoConflict() {
        assertThat(edit.check(claim(DESIGN_EXAMPLE), DATA)).isEmpty();
    }

    @Test
    void aMaternityDiagnosisForA70YearOldIsAnError() {
        assertThat(check("1956-01-10", "F", "O80", "20610")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("AGE_CONFLICT");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.line()).isNull();
            assertThat(f.codes()).containsExactly("O80");
            assertThat(f.message())
                    .isEqualTo("Diagnosis O80 (maternity, for patients aged 9 to 64) is on a claim for a patient"
                            + " aged 70 on 2026-03-02: check the diagnosis or the patient's birth date.");
            assertThat(f.reference().table()).isEqualTo("CMS Medicare Code Editor");
            assertThat(f.reference().release()).isEqualTo("v43 (FY2026)");
            assertThat(f.reference().row())
                    .isEqualTo("4.C Maternity diagnoses (age 9 through 64): O00-O9A, for patients aged 9 to 64");
        });
    }

    @Test
    void aMaternityDiagnosisForAManIsASexConflictWarning() {
        assertThat(check("1996-01-10", "M", "O80", "20610")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("SEX_CONFLICT");
            assertThat(f.severity())
                    .as("the MCE sex edit is deactivated since FY2025")
                    .isEqualTo(Severity.WARNING);
            assertThat(f.line()).isNull();
            assertThat(f.message()).startsWith("Diagnosis O80 (pregnancy, for females only) is on a claim for a male");
            assertThat(f.reference().release()).startsWith("v41.1");
        });
    }

    @Test
    void aMaternityDiagnosisForA30YearOldWomanIsFine() {
        assertThat(check("1996-01-10", "F", "O80", "20610")).isEmpty();
        assertThat(check("1996-01-10", "F", "Z3A.39", "20610")).isEmpty();
    }

    @ParameterizedTest(name = "maternity at {1}: {2}")
    @CsvSource({
        "2017-03-02, 9,  ''",
        "2017-03-03, 8,  AGE_CONFLICT/ERROR",
        "1961-03-03, 64, ''",
        "1961-03-02, 65, AGE_CONFLICT/ERROR",
    })
    void maternityAgesRunFrom9To64Inclusive(String birth, int age, String expected) {
        assertThat(rules(check(birth, "F", "Z34.83", "20610"))).isEqualTo(expected);
    }

    @Test
    void aNewbornDiagnosisOnAnAdultIsAnError() {
        assertThat(check("1950-04-02", "F", "Z38.00", "20610")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("AGE_CONFLICT");
            assertThat(f.message()).contains("Z38.00 (newborn, for newborns under 1 year old)", "aged 75");
            assertThat(f.reference().row()).startsWith("4.A Perinatal/Newborn diagnoses: Z38");
        });
    }

    @Test
    void aNewbornDiagnosisCountsAgeOnTheDateOfServiceAndTheFirstBirthdayEndsIt() {
        assertThat(check("2025-06-01", "M", "Z38.00", "20610")).isEmpty();
        assertThat(check("2025-03-03", "M", "Z00.110", "20610"))
                .as("one day short of 1 year")
                .isEmpty();
        assertThat(rules(check("2025-03-02", "M", "Z00.110", "20610")))
                .as("first birthday on the date of service")
                .isEqualTo("AGE_CONFLICT/ERROR");
    }

    @Test
    void perinatalCodesMayBeReportedForLifeAsInTheMce() {
        assertThat(check("1950-04-02", "F", "P07.30", "20610")).isEmpty();
        assertThat(check("1980-04-02", "M", "P29.3", "20610")).isEmpty();
    }

    @ParameterizedTest(name = "pediatric Z00.129 born {0}: {1}")
    @CsvSource({
        "1950-04-02, AGE_CONFLICT/ERROR",
        "2008-03-03, ''", // 17 on the date of service
        "2008-03-02, AGE_CONFLICT/ERROR", // 18th birthday on the date of service
    })
    void aPediatricDiagnosisEndsAt17(String birth, String expected) {
        assertThat(rules(check(birth, "F", "Z00.129", "20610"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "adult {1} born {0}: {2}")
    @CsvSource({
        "2016-01-01, R54,    AGE_CONFLICT/ERROR",
        "2016-01-01, Z68.30, AGE_CONFLICT/ERROR",
        "2011-03-03, Z00.00, AGE_CONFLICT/ERROR", // 14
        "2011-03-02, Z00.00, ''", // 15 on the date of service
        "2016-01-01, Z68.52, ''", // the pediatric BMI percentile is not adult
    })
    void anAdultDiagnosisOnAChildIsAnError(String birth, String dx, String expected) {
        assertThat(rules(check(birth, "F", dx, "20610"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} for sex {0}: {2}")
    @CsvSource({
        "M, N83.201, SEX_CONFLICT/WARNING", // ovarian cyst
        "M, C53.9,   SEX_CONFLICT/WARNING", // cervical cancer
        "M, C50.911, SEX_CONFLICT/WARNING", // female breast
        "M, C50.921, ''", // male breast
        "F, C50.921, SEX_CONFLICT/WARNING",
        "F, N40.0,   SEX_CONFLICT/WARNING", // benign prostatic hyperplasia
        "F, C61,     SEX_CONFLICT/WARNING", // prostate cancer
        "F, Z12.5,   SEX_CONFLICT/WARNING", // prostate screening
        "M, N39.0,   ''", // urinary tract infection: either sex
        "M, N63.0,   ''", // breast lump: either sex
        "F, R31.9,   ''", // hematuria
        "M, Z12.31,  ''", // screening mammogram: either sex
    })
    void sexSpecificDiagnosesAndLookAlikes(String sex, String dx, String expected) {
        assertThat(rules(check("1970-05-05", sex, dx, "20610"))).isEqualTo(expected);
    }

    @Test
    void aMaleProcedureForAWomanIsAnErrorOnItsLine() {
        assertThat(check("1970-05-05", "F", "E11.9", "55700")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("SEX_CONFLICT");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.codes()).containsExactly("55700");
            assertThat(f.message())
                    .isEqualTo("Line 2 (55700, male genital system, for males only) is billed for a female patient:"
                            + " check the procedure or the patient's sex; if both are right (e.g. a transgender"
                            + " patient), append modifier KX.");
            assertThat(f.reference().row()).contains("CPT Male Genital System 54000-55899");
        });
    }

    @ParameterizedTest(name = "{1} for sex {0}: {2}")
    @CsvSource({
        "M, 58150, SEX_CONFLICT/ERROR", // hysterectomy
        "M, 57454, SEX_CONFLICT/ERROR", // colposcopy
        "M, G0101, SEX_CONFLICT/ERROR",
        "F, 52601, SEX_CONFLICT/ERROR", // TURP
        "F, G0103, SEX_CONFLICT/ERROR",
        "F, 54161, SEX_CONFLICT/ERROR", // circumcision
        "M, 54161, ''",
        "F, 58150, ''",
        "F, 55920, ''", // pelvic organs or genitalia: not in the male genital system range
        "M, 52000, ''", // cystoscopy: either sex
        "F, 10060, ''", // a CPT code starting with 10 is not PCS obstetrics
    })
    void sexSpecificProcedures(String sex, String code, String expected) {
        assertThat(rules(check("1970-05-05", sex, "E11.9", code))).isEqualTo(expected);
    }

    @Test
    void aMaternityProcedureIsForWomenOfMaternityAge() {
        assertThat(rules(check("1996-01-10", "M", "E11.9", "59400"))).isEqualTo("SEX_CONFLICT/ERROR");
        assertThat(check("1956-01-10", "F", "E11.9", "59400")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("AGE_CONFLICT");
            assertThat(f.severity())
                    .as("not an MCE edit: CPT section by analogy")
                    .isEqualTo(Severity.WARNING);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.message()).contains("Line 2 (59400, maternity care and delivery, for patients aged 9 to 64)");
        });
        assertThat(check("1996-01-10", "F", "O80", "59400")).isEmpty();
    }

    @Test
    void icd10PcsReproductiveBodySystemsAreSexSpecificExceptCreation() {
        assertThat(rules(check("1970-05-05", "F", "E11.9", "0VT00ZZ"))).isEqualTo("SEX_CONFLICT/ERROR");
        assertThat(rules(check("1970-05-05", "M", "E11.9", "0UT90ZZ"))).isEqualTo("SEX_CONFLICT/ERROR");
        assertThat(rules(check("1970-05-05", "M", "E11.9", "10D00Z1"))).isEqualTo("SEX_CONFLICT/ERROR");
        assertThat(check("1970-05-05", "M", "E11.9", "0U4G0JZ"))
                .as("creation of vagina")
                .isEmpty();
        assertThat(check("1970-05-05", "F", "E11.9", "0V4X0JZ"))
                .as("creation of penis")
                .isEmpty();
    }

    @Test
    void modifierKxSilencesTheSexConflictOfItsLineAndOfTheDiagnosesItSupports() {
        assertThat(check("1970-05-05", "F", "N40.0", "55700", "KX")).isEmpty();
        assertThat(rules(check("1970-05-05", "F", "N40.0", "20610", "RT"))).isEqualTo("SEX_CONFLICT/WARNING");
        assertThat(rules(check("1956-01-10", "F", "O80", "20610", "KX")))
                .as("KX says nothing about age")
                .isEqualTo("AGE_CONFLICT/ERROR");
    }

    @Test
    void unknownOrMissingSexAndMissingBirthDateGiveNoFinding() {
        assertThat(check("1970-05-05", "U", "N40.0", "58150")).isEmpty();
        assertThat(check("1970-05-05", null, "N40.0", "58150")).isEmpty();
        assertThat(check(null, "F", "Z38.00", "20610")).isEmpty();
        assertThat(check(null, null, "O80", "59400")).isEmpty();
        assertThat(rules(check(null, "M", "O80", "20610")))
                .as("sex is still checked without a birth date")
                .isEqualTo("SEX_CONFLICT/WARNING");
    }

    @Test
    void aBirthDateAfterTheDateOfServiceIsNotAnAge() {
        assertThat(check("2026-05-01", "F", "Z00.00", "20610")).isEmpty();
    }

    @Test
    void theStandardScrubberRunsIt() {
        String json = example(
                "\"diagnoses\": [\"E11.9\", \"I10\"]",
                "\"diagnoses\": [\"E11.9\", \"N40.0\"]",
                "{\"procedure\": \"20610\", \"modifiers\": [\"RT\"]",
                "{\"procedure\": \"55700\", \"modifiers\": []");
        assertThat(Edits.standard().scrub(claim(json), DATA))
                .filteredOn(f -> f.rule().endsWith("_CONFLICT"))
                .extracting(Finding::rule, Finding::line)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("SEX_CONFLICT", 2),
                        org.assertj.core.groups.Tuple.tuple("SEX_CONFLICT", null));
    }

    @Test
    void theTableLoadsAndMatchesPrefixesRangesAndWildcards() {
        AgeSexTable table = AgeSexTable.standard();
        assertThat(table.rules()).hasSizeGreaterThan(20);
        assertThat(table.rules())
                .allSatisfy(
                        r -> assertThat(r.table() + r.release() + r.section()).isNotBlank());
        assertThat(AgeSexTable.matches("O00-O9A", "O9A311")).isTrue();
        assertThat(AgeSexTable.matches("O00-O9A", "P00")).isFalse();
        assertThat(AgeSexTable.matches("C50?1", "C50411")).isTrue();
        assertThat(AgeSexTable.matches("C50?1", "C50421")).isFalse();
        assertThat(AgeSexTable.matches("54000-55899", "55920")).isFalse();
    }

    @Test
    void aMalformedTableIsRefused() {
        String bad = "system\tcodes\tedit\tvalue\tseverity\tcategory\ttable\trelease\tsection\tbasis\n"
                + "dx\tA00-A9\tage\t0-17\tERROR\tx\tt\tr\ts\tlist\n";
        assertThatThrownBy(() -> AgeSexTable.parse(new BufferedReader(new StringReader(bad))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("range ends differ");
    }
}
