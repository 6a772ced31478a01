package org.openrcm.app.codes;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.app.testing.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The code API on PostgreSQL, over the starter set the demo seeding loads (ICD-10-CM FY2025 and FY2026 extracts),
 * with a few tabular notes added to FY2026 as a tabular file would bring them.
 */
class CodeApiTest extends ApplicationTest {

    @Autowired
    CodeLibrary codes;

    @BeforeEach
    void tabularNotes() {}

    static MockHttpServletRequestBuilder as(String role, String path) {
        return get(path).with(httpBasic(role, "openrcm-" + role));
    }

    @Test
    void looksACodeUpAsTheReleaseInForceOnTheDateOfServiceHasIt() throws Exception {
        mvc.perform(as("coder", "/api/codes/icd10cm/e119").param("on", "2026-01-15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("E11.9"))
                .andExpect(jsonPath("$.value").value("E119"))
                .andExpect(jsonPath("$.longTitle").value("Type 2 diabetes mellitus without complications"))
                .andExpect(jsonPath("$.billable").value(true))
                .andExpect(jsonPath("$.releaseId").value("FY2026"))
                .andExpect(jsonPath("$.releaseEffective").value("2025-10-01"))
                .andExpect(jsonPath("$.validOnDate").value(true))
                .andExpect(jsonPath("$.parents[*].code", contains("E11")))
                .andExpect(jsonPath("$.section").value("E08-E13: Diabetes mellitus (E08-E13)"));
        mvc.perform(as("coder", "/api/codes/ICD-10-CM/E11.9").param("on", "2025-06-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.releaseId").value("FY2025"));
    }

    @Test
    void showsTheNotesThatApplyWithWhereEachIsWritten() throws Exception {
        mvc.perform(as("biller", "/api/codes/icd10cm/E11.9").param("on", "2026-01-15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tabularLoaded").value(true))
                .andExpect(
                        jsonPath("$.notes[?(@.kind == 'EXCLUDES1')].text", hasItem("type 1 diabetes mellitus (E10.-)")))
                .andExpect(jsonPath("$.notes[?(@.kind == 'EXCLUDES1')].from", hasItems("Chapter 4", "E11")))
                .andExpect(jsonPath("$.notes[?(@.kind == 'EXCLUDES1')].inherited", everyItem(is(true))))
                .andExpect(jsonPath(
                        "$.notes[?(@.kind == 'USE_ADDITIONAL_CODE')].label", everyItem(is("Use additional code"))))
                .andExpect(jsonPath("$.notes[?(@.kind == 'NOTE')].from", hasItem("Chapter 4")))
                .andExpect(jsonPath("$.notes[?(@.kind == 'INCLUSION_TERM')].inherited", everyItem(is(false))));
    }

    @Test
    void aCodeNeedingASeventhCharacterSaysSoAndListsThem() throws Exception {
        mvc.perform(as("coder", "/api/codes/icd10cm/S93.401").param("on", "2026-01-15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.billable").value(false))
                .andExpect(jsonPath("$.needsSeventhCharacter").value(true))
                .andExpect(jsonPath("$.seventhCharacters.from").value("S93"))
                .andExpect(jsonPath("$.seventhCharacters.characters[*].value", contains("A", "D", "S")))
                .andExpect(jsonPath("$.parents[*].code", contains("S93", "S93.4", "S93.40")));
        mvc.perform(as("coder", "/api/codes/icd10cm/S93.401A").param("on", "2026-01-15"))
                .andExpect(jsonPath("$.billable").value(true))
                .andExpect(jsonPath("$.seventhCharacters.characters[0].meaning").value("initial encounter"));
    }

    @Test
    void anUnknownCodeIsA404ProblemNamingTheReleasesThatHaveIt() throws Exception {
        mvc.perform(as("coder", "/api/codes/icd10cm/E11.A").param("on", "2025-06-30"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("CODE_UNKNOWN"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail")
                        .value("E11.A is not a code of ICD-10-CM FY2025, in force on 2025-06-30. It is in FY2026."))
                .andExpect(jsonPath("$.releases[*].id", contains("FY2026")))
                .andExpect(jsonPath("$.releases[0].effective").value("2025-10-01"));
        mvc.perform(as("coder", "/api/codes/icd10cm/E11.99"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CODE_UNKNOWN"))
                .andExpect(jsonPath("$.releases").isEmpty());
        mvc.perform(as("coder", "/api/codes/icd10cm/E11.9").param("on", "2015-10-01"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CODES_NO_RELEASE"))
                .andExpect(jsonPath("$.releases[*].id", contains("FY2025", "FY2026")));
    }

    @Test
    void badSystemsAndDatesAre400Problems() throws Exception {
        mvc.perform(as("coder", "/api/codes/icd9/250.00"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("CODES_SYSTEM_UNKNOWN"));
        mvc.perform(as("coder", "/api/codes/icd10cm/E11.9").param("on", "01/15/2026"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CODES_DATE_INVALID"));
    }

    @Test
    void everySignedInRoleMayReadCodesAndNobodyElse() throws Exception {
        for (String role : new String[] {"admin", "manager", "coder", "biller"}) {
            mvc.perform(as(role, "/api/codes/icd10cm/I10")).andExpect(status().isOk());
        }
        mvc.perform(get("/api/codes/icd10cm/I10"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void suggestsTheCodeTypedFirstThenCodesByTheWordsOfTheirTitles() throws Exception {
        mvc.perform(as("coder", "/api/codes/suggest").param("q", "E11.9"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].display").value("E11.9"))
                .andExpect(jsonPath("$[0].code").value("E119"))
                .andExpect(jsonPath("$[0].billable").value(true))
                .andExpect(jsonPath("$[0].system").value("ICD10CM"))
                .andExpect(jsonPath("$[0].reason").value("Code: E11.9"));
        mvc.perform(as("coder", "/api/codes/suggest").param("q", "type 2 diab").param("limit", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(5))
                .andExpect(jsonPath("$[*].display", hasItem("E11.9")))
                .andExpect(jsonPath("$[*].reason", everyItem(not(startsWith("Code")))))
                .andExpect(jsonPath("$[*].billable", not(hasItem(false))));
        // Search: an abbreviation a coder types finds the code by its title.
        mvc.perform(as("coder", "/api/codes/search").param("q", "HTN").param("system", "icd10cm"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].display").value("I10"))
                .andExpect(jsonPath("$[0].reason").value(startsWith("Title")));
        // The exact code first, then the codes under it in the tabular order.
        mvc.perform(as("coder", "/api/codes/suggest").param("q", "e11").param("system", "icd10cm"))
                .andExpect(jsonPath("$[0].display").value("E11"))
                .andExpect(jsonPath("$[*].code", everyItem(startsWith("E11"))));
        // Before FY2026 there was no E11.A.
        mvc.perform(as("coder", "/api/codes/suggest").param("q", "E11.A").param("on", "2025-06-30"))
                .andExpect(jsonPath("$").isEmpty());
        mvc.perform(as("coder", "/api/codes/suggest").param("q", "  "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void listsTheReleasesWithTheStarterSetMarked() throws Exception {
        mvc.perform(as("manager", "/api/codes/releases"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.system == 'ICD10CM')].id", contains("FY2025", "FY2026")))
                .andExpect(jsonPath("$[?(@.system == 'ICD10CM')].starter", contains(true, true)))
                .andExpect(
                        jsonPath("$[?(@.id == 'FY2026')].files[0].name", contains("starter-icd10cm_order_2026.txt")));
    }

    @Test
    void diffsTwoReleasesWithCountsAndLists() throws Exception {
        mvc.perform(as("coder", "/api/codes/diff")
                        .param("system", "icd10cm")
                        .param("from", "FY2025")
                        .param("to", "fy2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from.id").value("FY2025"))
                .andExpect(jsonPath("$.to.id").value("FY2026"))
                .andExpect(jsonPath("$.counts.added").value(4))
                .andExpect(jsonPath("$.counts.deleted").value(1))
                .andExpect(jsonPath("$.counts.retitled").value(7))
                .andExpect(jsonPath("$.added[*].code", contains("E11.A", "E78.010", "E78.011", "E78.019")))
                .andExpect(jsonPath("$.deleted[*].code", contains("E78.01")))
                .andExpect(jsonPath("$.retitled[0].code").value("S62.9"))
                .andExpect(jsonPath("$.retitled[0].before").value("Unspecified fracture of wrist and hand"))
                .andExpect(jsonPath("$.retitled[0].after").value("Unspecified fracture of hand"));
        mvc.perform(as("coder", "/api/codes/diff").param("from", "FY2020").param("to", "FY2026"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CODES_RELEASE_UNKNOWN"));
    }
}
