package org.openrcm.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.app.patient.PatientSummary;
import org.openrcm.app.testing.ApplicationTest;
import org.springframework.mock.web.MockHttpSession;

/**
 * Who may open what, through the real filter chain on PostgreSQL. The demo coder works for OAK only; the demo
 * manager for OAK and RIV.
 */
class AccessTest extends ApplicationTest {

    PatientSummary oakPatient;
    PatientSummary rivPatient;

    @BeforeEach
    void pickPatients() {
        oakPatient = demo.patientsOf("OAK").getFirst();
        rivPatient = demo.patientsOf("RIV").getFirst();
    }

    @Test
    void aCoderOfOnePracticeGets404ForAPatientOfAnother() throws Exception {
        MockHttpSession coder = signIn("coder", "openrcm-coder");
        mvc.perform(get("/patients/" + oakPatient.id()).session(coder))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(oakPatient.accountNumber())));
        var foreign = mvc.perform(get("/patients/" + rivPatient.id()).session(coder))
                .andExpect(status().isNotFound())
                .andReturn();
        assertThat(foreign.getResponse().getContentAsString())
                .doesNotContain(rivPatient.lastName())
                .doesNotContain(rivPatient.accountNumber());
        mvc.perform(get("/patients/" + rivPatient.id() + "/encounters").session(coder))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSameForeignIdThroughTheApiIs404ProblemJson() throws Exception {
        mvc.perform(get("/api/patients/" + rivPatient.id()).with(httpBasic("coder", "openrcm-coder")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(get("/api/patients/" + rivPatient.id()).with(httpBasic("manager", "openrcm-manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.accountNumber").value(rivPatient.accountNumber()))
                .andExpect(jsonPath("$.summary.id").value(rivPatient.id().toString()));
    }

    @Test
    void aMalformedIdIsNotFoundToo() throws Exception {
        MockHttpSession coder = signIn("coder", "openrcm-coder");
        mvc.perform(get("/patients/not-a-uuid").session(coder)).andExpect(status().isNotFound());
        mvc.perform(get("/api/patients/1' or '1'='1").with(httpBasic("coder", "openrcm-coder")))
                .andExpect(status().isNotFound());
    }

    @Test
    void searchesOnlyFindPatientsOfTheUsersPractices() throws Exception {
        MockHttpSession coder = signIn("coder", "openrcm-coder");
        String page = mvc.perform(
                        post("/patients/search").param("q", "").session(coder).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("OAK-").doesNotContain("RIV-");
        mvc.perform(post("/patients/search")
                        .param("q", rivPatient.accountNumber())
                        .session(coder)
                        .with(csrf()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("No patient matches")));
    }

    @Test
    void unauthenticatedPagesGoToSignInAndTheApiAnswers401() throws Exception {
        mvc.perform(get("/patients/" + oakPatient.id()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/")).andExpect(status().isFound());
        mvc.perform(get("/api/patients/" + oakPatient.id()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/patients/" + oakPatient.id()).with(httpBasic("coder", "wrong-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anHtmxRequestWithoutSessionReloadsTheWholePageOnTheSignInPage() throws Exception {
        mvc.perform(post("/patients/quick-search")
                        .param("q", "a")
                        .header("HX-Request", "true")
                        .with(csrf()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));
    }

    @Test
    void afterSignInTheUserReturnsToThePageNotToAFragment() throws Exception {
        var page = mvc.perform(get("/patients/" + oakPatient.id())).andReturn();
        var session = (MockHttpSession) page.getRequest().getSession();
        mvc.perform(get("/patients/" + oakPatient.id() + "/encounters")
                .header("HX-Request", "true")
                .session(session));
        mvc.perform(post("/login")
                        .param("username", "coder")
                        .param("password", "openrcm-coder")
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("http://localhost/patients/" + oakPatient.id() + "?continue"));
    }

    @Test
    void anExpiredSessionSendsTheUserToSignInSayingSo() throws Exception {
        mvc.perform(get("/patients").with(request -> {
                    request.setRequestedSessionId("expired-session-id");
                    request.setRequestedSessionIdValid(false);
                    request.setRequestedSessionIdFromCookie(true);
                    return request;
                }))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void formPostsWithoutAValidCsrfTokenChangeNothing() throws Exception {
        MockHttpSession manager = signIn("manager", "openrcm-manager");
        String riv = demo.practice("RIV").id().toString();
        // No token: treated like a session that expired (the token lives in the session), back to sign-in.
        mvc.perform(post("/context/practice").param("practice", riv).session(manager))
                .andExpect(redirectedUrl("/login?expired"));
        // A forged token: refused outright.
        mvc.perform(post("/context/practice")
                        .param("practice", riv)
                        .param("_csrf", "forged")
                        .session(manager))
                .andExpect(status().isForbidden());
        String list = mvc.perform(
                        post("/patients/search").param("q", "").session(manager).with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list)
                .as("the practice switch did not happen")
                .contains("OAK-")
                .contains("RIV-");
        // A sign-in posted from another site (no session, so no token to match) does not sign anyone in.
        mvc.perform(post("/login")
                        .param("username", "coder")
                        .param("password", "openrcm-coder")
                        .param("_csrf", "forged"))
                .andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void theAuditLogIsForManagersAndAdministratorsOnly() throws Exception {
        mvc.perform(get("/audit").session(signIn("coder", "openrcm-coder"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").session(signIn("biller", "openrcm-biller"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").session(signIn("manager", "openrcm-manager"))).andExpect(status().isOk());
        mvc.perform(get("/audit").session(signIn("admin", "openrcm-admin"))).andExpect(status().isOk());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void thePracticeSwitcherNarrowsListsAndRefusesForeignPractices() throws Exception {
        MockHttpSession manager = signIn("manager", "openrcm-manager");
        String both = mvc.perform(
                        post("/patients/search").param("q", "").session(manager).with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(both).contains("OAK-").contains("RIV-");

        mvc.perform(post("/context/practice")
                        .param("practice", demo.practice("RIV").id().toString())
                        .header("Referer", "http://localhost/patients")
                        .session(manager)
                        .with(csrf()))
                .andExpect(redirectedUrl("/patients"));
        String onlyRiv = mvc.perform(
                        post("/patients/search").param("q", "").session(manager).with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(onlyRiv).contains("RIV-").doesNotContain("OAK-");

        MockHttpSession coder = signIn("coder", "openrcm-coder");
        mvc.perform(post("/context/practice")
                        .param("practice", demo.practice("RIV").id().toString())
                        .session(coder)
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSwitcherNeverRedirectsOffSite() throws Exception {
        MockHttpSession manager = signIn("manager", "openrcm-manager");
        mvc.perform(post("/context/practice")
                        .param("practice", "")
                        .header("Referer", "https://evil.example/phish")
                        .session(manager)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
    }
}
