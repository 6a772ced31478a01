package org.openrcm.codes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.search.CodeSearch.Hit;
import org.openrcm.codes.search.CodeSearch.Options;

/** A search over several releases and code systems: small releases written here. */
class CodeSearchReleasesTest {

    static Release icd(String id, LocalDate effective, Code... codes) {
        return release(CodeSystem.ICD10CM, id, effective, codes);
    }

    static Release release(CodeSystem system, String id, LocalDate effective, Code... codes) {
        Map<String, Code> byValue = new java.util.LinkedHashMap<>();
        for (Code c : codes) {
            byValue.put(c.value(), c);
        }
        return new Release(system, id, effective, byValue);
    }

    static final Release FY2025 = icd(
            "FY2025",
            LocalDate.of(2024, 10, 1),
            new Code(CodeSystem.ICD10CM, "B880", true, "Other acariasis", "Other acariasis"),
            new Code(
                    CodeSystem.ICD10CM,
                    "E119",
                    true,
                    "Type 2 diabetes mellitus w/o complications",
                    "Type 2 diabetes mellitus without complications"));
    static final Release FY2026 = icd(
            "FY2026",
            LocalDate.of(2025, 10, 1),
            new Code(CodeSystem.ICD10CM, "B880", false, "Other acariasis", "Other acariasis"),
            new Code(CodeSystem.ICD10CM, "B8801", true, "Infestation by Demodex mite", "Infestation by Demodex mite"),
            new Code(
                    CodeSystem.ICD10CM,
                    "E119",
                    true,
                    "Type 2 diabetes mellitus w/o complications",
                    "Type 2 diabetes mellitus without complications"));
    static final Release HCPCS = release(
            CodeSystem.HCPCS,
            "2024-07",
            LocalDate.of(2024, 7, 1),
            new Code(
                    CodeSystem.HCPCS,
                    "A4253",
                    true,
                    "Blood glucose/reagent strips",
                    "Blood glucose test or reagent strips for home blood glucose monitor, per 50 strips"),
            new Code(CodeSystem.HCPCS, "E0607", true, "Home blood glucose monitor", "Home blood glucose monitor"),
            new Code(
                    CodeSystem.HCPCS,
                    "E1190",
                    true,
                    "Wheelchair amputee w/ leg re",
                    "Amputee wheelchair, detachable arms (desk or full length) swing away detachable elevating"
                            + " legrests"));

    @Test
    void aCodeInTwoReleasesIsOneHitFromTheLaterRelease() {
        CodeSearch search = CodeSearch.of(List.of(FY2025, FY2026));
        List<Hit> hits = search.search("acariasis", Options.limit(5));
        assertThat(hits).hasSize(1);
        assertThat(hits.getFirst().release()).isEqualTo("FY2026");
        assertThat(hits.getFirst().code().billable()).isFalse();
        assertThat(search.search("E11.9", Options.limit(5)))
                .singleElement()
                .satisfies(h -> assertThat(h.release()).isEqualTo("FY2026"));
    }

    @Test
    void theSystemFilterKeepsOneCodeSystem() {
        CodeSearch search = CodeSearch.of(List.of(FY2026, HCPCS));
        assertThat(search.search("blood glucose", Options.limit(5)))
                .extracting(h -> h.code().value())
                .containsExactlyInAnyOrder("E0607", "A4253");
        assertThat(search.search("glucose", new Options(CodeSystem.ICD10CM, 5))).isEmpty();
        assertThat(search.search("diabetes", new Options(CodeSystem.HCPCS, 5))).isEmpty();
        assertThat(search.search("diabetes", new Options(CodeSystem.ICD10CM, 5)))
                .extracting(h -> h.code().value())
                .containsExactly("E119");
        assertThat(search.suggest("E06", CodeSystem.HCPCS, 5))
                .extracting(h -> h.code().value())
                .containsExactly("E0607");
        assertThat(search.suggest("gluc", CodeSystem.HCPCS, 5)).hasSize(2);
    }

    @Test
    void aCodeWrittenWithADotIsAnIcd10cmCode() {
        CodeSearch search = CodeSearch.of(List.of(FY2026, HCPCS));
        assertThat(search.suggest("E11.9", null, 5))
                .extracting(h -> h.code().value())
                .containsExactly("E119");
        assertThat(search.suggest("E119", null, 5))
                .extracting(h -> h.code().value())
                .containsExactly("E119", "E1190");
        assertThat(search.suggest("E11", null, 5).getFirst().reason()).isEqualTo("Code under E11: E11.9");
    }

    @Test
    void theReleasesInForceOnADateAreSearched() {
        Catalog catalog = new Catalog();
        catalog.add(FY2025);
        catalog.add(FY2026);
        catalog.add(HCPCS);
        assertThat(CodeSearch.releasesOn(catalog, LocalDate.of(2025, 9, 30)))
                .extracting(Release::id)
                .containsExactly("FY2025", "2024-07");
        assertThat(CodeSearch.releasesOn(catalog, LocalDate.of(2025, 10, 1)))
                .extracting(Release::id)
                .containsExactly("FY2026", "2024-07");
        CodeSearch before = CodeSearch.of(CodeSearch.releasesOn(catalog, LocalDate.of(2025, 9, 30)));
        assertThat(before.search("demodex", Options.limit(5))).isEmpty();
        CodeSearch after = CodeSearch.of(CodeSearch.releasesOn(catalog, LocalDate.of(2025, 10, 1)));
        assertThat(after.search("demodex", Options.limit(5)))
                .extracting(h -> h.code().display())
                .containsExactly("B88.01");
    }

    @Test
    void theCacheSharesOneSearchBetweenDatesOfTheSameReleases() {
        Catalog catalog = new Catalog();
        catalog.add(FY2025);
        catalog.add(HCPCS);
        CodeSearchCache cache = new CodeSearchCache(catalog, 2);
        CodeSearch october = cache.on(LocalDate.of(2024, 10, 15));
        assertThat(cache.on(LocalDate.of(2025, 3, 1))).isSameAs(october);
        assertThat(cache.on(LocalDate.of(2024, 8, 1)))
                .as("before FY2025: HCPCS alone")
                .isNotSameAs(october);
        catalog.add(FY2026);
        CodeSearch fy2026 = cache.on(LocalDate.of(2025, 10, 15));
        assertThat(fy2026.search("demodex", Options.limit(5))).hasSize(1);
        assertThat(october.search("demodex", Options.limit(5))).isEmpty();
    }
}
