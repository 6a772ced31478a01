package org.openrcm.app.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.app.testing.TestDatabases;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.imports.CodeImport;
import org.openrcm.codes.imports.ReleaseFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The starter set is loaded through the ordinary import, only where a code system has no release, and gives way to
 * the first official release of its system. On its own PostgreSQL database: it removes what the shared one keeps.
 */
class StarterSetLoadingTest {
    CodeLibrary library;

    @BeforeEach
    void freshDatabase() {
        DriverManagerDataSource db = new DriverManagerDataSource(TestDatabases.fresh("codes"));
        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        library = new CodeLibrary(
                new CodeFileRepository(JdbcClient.create(db)), new DataSourceTransactionManager(db), Clock.systemUTC());
    }

    @Test
    void loadsWhatItCanReadOnceAndSaysWhatItSkips() {
        CodeLibrary.ImportResult first = library.importStarterSetWhereMissing();
        assertThat(first.files())
                .filteredOn(f -> f.outcome() == CodeLibrary.Outcome.IMPORTED)
                .extracting(CodeLibrary.FileResult::fileName)
                .containsExactly(
                        "starter-icd10cm_order_2025.txt",
                        "starter-icd10cm_order_2026.txt",
                        "starter-icd10cm_tabular_2026.xml",
                        "starter-hcpcs_level2_2024_jul.csv",
                        "starter-cpt_code_numbers_2024_jul.csv",
                        "starter-cpt_em_short_descriptors_2024_jul.csv",
                        "starter-modifiers_2024.csv",
                        "starter-place_of_service_codes_2024.csv");
        assertThat(library.overview())
                .extracting(ReleaseOverview::system, ReleaseOverview::id, ReleaseOverview::starter)
                .contains(
                        tuple(CodeSystem.ICD10CM, "FY2025", true),
                        tuple(CodeSystem.ICD10CM, "FY2026", true),
                        tuple(CodeSystem.HCPCS, "2024-JUL", true),
                        tuple(CodeSystem.CPT, "2024-JUL", true),
                        tuple(CodeSystem.MODIFIER, "2024", true),
                        tuple(CodeSystem.POS, "2024", true));
        assertThat(library.lookup(CodeSystem.ICD10CM, "E11.9", java.time.LocalDate.of(2025, 11, 1))
                        .orElseThrow()
                        .notes())
                .as("the demo's lookup shows the notes a coder needs, inherited from E11")
                .anySatisfy(n -> {
                    assertThat(n.kind()).isEqualTo(org.openrcm.codes.icd10cm.Note.Kind.EXCLUDES1);
                    assertThat(n.from()).isEqualTo("E11");
                });
        assertThat(library.lookup(CodeSystem.CPT, "99213", java.time.LocalDate.of(2024, 8, 1)))
                .as("the CPT numbers take their E/M descriptors from the descriptor file of the same release")
                .hasValueSatisfying(l -> assertThat(l.code().shortTitle()).isEqualTo("Office o/p est low 20 min"));
        assertThat(library.usesStarterSet()).isTrue();

        CodeLibrary.ImportResult again = library.importStarterSetWhereMissing();
        assertThat(again.changedAnything()).isFalse();
        assertThat(again.files()).allSatisfy(f -> assertThat(f.outcome()).isEqualTo(CodeLibrary.Outcome.SKIPPED));
    }

    @Test
    void anOfficialReleaseReplacesTheStarterSetOfItsSystem() {
        library.importStarterSetWhereMissing();
        String official = "00001 E11     0 Type 2 diabetes mellitus                                     Type 2 diabetes"
                + " mellitus\n"
                + "00002 E119    1 Type 2 diabetes mellitus without complications               Type 2 diabetes"
                + " mellitus without complications\n";
        CodeLibrary.ImportResult result = library.importReleaseFiles(
                List.of(new ReleaseFile("icd10cm_order_2026.txt", official.getBytes(StandardCharsets.ISO_8859_1))),
                null,
                CodeLibrary.Overrides.NONE,
                CodeImport.Progress.NONE,
                "tester");
        assertThat(result.files())
                .filteredOn(f -> f.outcome() == CodeLibrary.Outcome.REMOVED)
                .extracting(CodeLibrary.FileResult::fileName)
                .containsExactlyInAnyOrder(
                        "starter-icd10cm_order_2025.txt",
                        "starter-icd10cm_order_2026.txt",
                        "starter-icd10cm_tabular_2026.xml");
        assertThat(library.overview())
                .filteredOn(r -> r.system() == CodeSystem.ICD10CM)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.id()).isEqualTo("FY2026");
                    assertThat(r.starter()).isFalse();
                    assertThat(r.codes()).isEqualTo(2);
                });
        assertThat(library.usesStarterSet())
                .as("HCPCS, CPT, modifiers and POS are still the starter set's")
                .isTrue();
        // Once an official release is there, the starter set stays out.
        assertThat(library.importStarterSetWhereMissing().changedAnything()).isFalse();
        assertThat(library.releasesHolding(CodeSystem.ICD10CM, "I10")).isEmpty();
    }
}
