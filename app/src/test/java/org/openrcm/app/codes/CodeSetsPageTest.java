package org.openrcm.app.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.app.testing.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The Code sets pages and the pieces of the lookup panel, as the demo coder sees them. */
class CodeSetsPageTest extends ApplicationTest {

    @Autowired
    CodeLibrary codes;

    MockHttpSession coder;

    @BeforeEach
    void signInAndAddNotes() throws Exception {
        coder = signIn("coder", "openrcm-coder");
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(coder))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void everyPageCarriesTheLookupPanelAndTheCodeSetsEntry() throws Exception {
        String patients = page(get("/patients"));
        assertThat(patients)
                .contains("id=\"code-lookup\"")
                .contains("data-open-code-lookup")
                .contains("href=\"/codes\"");
    }

    @Test
    void listsTheReleasesAndSaysTheStarterSetIsOnlyAStarter() throws Exception {
        String html = page(get("/codes"));
        assertThat(html)
                .contains("id=\"starter-notice\"")
                .contains("FY2025")
                .contains("FY2026")
                .contains("starter-icd10cm_order_2026.txt")
                .contains("openrcm codes import PATH…")
                .contains("openrcm codes download")
                .contains("href=\"/codes/diff?system=ICD10CM\"");
    }

    @Test
    void theDiffPageComparesTheLatestReleaseWithTheOneBeforeIt() throws Exception {
        String html = page(get("/codes/diff"));
        assertThat(html)
                .contains("<dd id=\"count-added\">4</dd>")
                .contains("<dd id=\"count-deleted\">1</dd>")
                .contains("<dd id=\"count-retitled\">7</dd>")
                .contains("E11.A")
                .contains("Unspecified fracture of wrist and hand");
        // Asked the other way round, FY2026 → FY2025: what was added is now deleted.
        String reversed = page(get("/codes/diff")
                .param("system", "ICD10CM")
                .param("from", "FY2026")
                .param("to", "FY2025"));
        assertThat(reversed).contains("<dd id=\"count-added\">1</dd>").contains("<dd id=\"count-deleted\">4</dd>");
        String unknown = page(get("/codes/diff")
                .param("system", "ICD10CM")
                .param("from", "FY1999")
                .param("to", "FY2026"));
        assertThat(unknown)
                .as("a release that is not there is said, not silently replaced")
                .contains("Showing FY2025 → FY2026: there is no release FY1999.");
    }

    @Test
    void theTypeAheadListsOptionsForTheKeyboard() throws Exception {
        String html = page(get("/codes/suggest").param("q", "E11.9").header("HX-Request", "true"));
        assertThat(html)
                .contains("id=\"code-option-0\"")
                .contains("data-code=\"E11.9\"")
                .contains("role=\"option\"")
                .doesNotContain("<html");
        assertThat(page(get("/codes/suggest").param("q", "zzqx").header("HX-Request", "true")))
                .contains("No code matches.");
    }

    @Test
    void theCardShowsBadgeParentsAndNotesWithWhereTheyComeFrom() throws Exception {
        String html = page(get("/codes/card")
                .param("system", "ICD10CM")
                .param("code", "E11.9")
                .param("on", "2026-01-15")
                .header("HX-Request", "true"));
        assertThat(html)
                .contains("Billable")
                .contains("data-code=\"E11\"")
                .contains("Excludes1")
                .contains("type 1 diabetes mellitus (E10.-)")
                .contains("from E11")
                .contains("from Chapter 4")
                .doesNotContain("<html");
        String header = page(get("/codes/card").param("code", "S93.401").header("HX-Request", "true"));
        assertThat(header).contains("Needs a 7th character").contains("initial encounter");
        String unknown = page(get("/codes/card")
                .param("code", "E11.A")
                .param("on", "2025-06-30")
                .header("HX-Request", "true"));
        assertThat(unknown)
                .as("the demo's starter set is not the whole release: the card says so rather than 'not a code'")
                .contains("is not in the demo&#39;s starter extract of ICD-10-CM FY2025")
                .contains("It is in FY2026.");
        // Opened by address, the card is a page of its own.
        assertThat(page(get("/codes/card").param("code", "I10")))
                .contains("<html")
                .contains("Essential (primary)");
    }

    @Test
    void listsTheNcciQuartersImported() throws Exception {
        assertThat(page(get("/codes"))).doesNotContain("id=\"ncci\"");
        codes.importFiles(
                java.util.List.of(
                        org.openrcm.app.testing.SharedData.file("codes/ncci/aoc_addon_code_edits_2024-06-03.csv")),
                null,
                CodeLibrary.Overrides.NONE,
                org.openrcm.codes.imports.CodeImport.Progress.NONE,
                "test");
        assertThat(page(get("/codes")))
                .contains("id=\"ncci\"")
                .contains("2024Q3")
                .contains("aoc_addon_code_edits_2024-06-03.csv")
                .contains("NCCI add-on code edits: NCCI 2024Q3:");
        assertThat(codes.ncci()
                        .on(java.time.LocalDate.of(2024, 8, 1))
                        .orElseThrow()
                        .addOns()
                        .isAddOn("99417"))
                .isTrue();
    }
}
