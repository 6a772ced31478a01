package org.openrcm.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.identity.Identity;
import org.openrcm.app.identity.NewUser;
import org.openrcm.app.identity.Role;
import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.patient.NewPatient;
import org.openrcm.app.patient.Patients;
import org.openrcm.app.patient.Sex;
import org.openrcm.app.practice.Address;
import org.openrcm.app.practice.NewPractice;
import org.openrcm.app.practice.Npi;
import org.openrcm.app.practice.Practices;
import org.openrcm.app.testing.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** Two billing companies in one installation see nothing of each other: patients, practices, audit trail. */
class CompanyIsolationTest extends ApplicationTest {

    @Autowired
    CurrentActor current;

    @Autowired
    Practices practices;

    @Autowired
    Patients patients;

    @Autowired
    Identity identity;

    static PatientId otherPatient;
    static String otherCode;

    @BeforeEach
    void anotherCompany() {
        if (otherPatient != null) {
            return;
        }
        current.runAsSystem("test", () -> {
            CompanyId company = practices.createCompany("Other Billing Co");
            otherCode = "OTH" + (System.nanoTime() % 1000);
            PracticeId practice = practices.createPractice(new NewPractice(
                    company,
                    otherCode,
                    "Other Pediatrics",
                    Npi.withCheckDigit("199999999"),
                    "389999999",
                    "208000000X",
                    new Address("1 Elm St", null, "Urbana", "IL", "61801")));
            otherPatient = patients.register(new NewPatient(
                    practice,
                    "ZANZIBAR",
                    "QUENTIN",
                    null,
                    LocalDate.of(2015, 5, 5),
                    Sex.M,
                    new Address("2 Elm St", null, "Urbana", "IL", "61801"),
                    null,
                    null));
            identity.addUser(new NewUser(
                    company, "other.manager", "Other Manager", Role.MANAGER, Set.of(practice), "other-manager-pass"));
            return null;
        });
    }

    @Test
    void neitherCompanySeesTheOthersPatients() throws Exception {
        MockHttpSession other = signIn("other.manager", "other-manager-pass");
        MockHttpSession keystone = signIn("manager", "openrcm-manager");
        var oakPatient = demo.patientsOf("OAK").getFirst();

        mvc.perform(get("/patients/" + otherPatient).session(other)).andExpect(status().isOk());
        mvc.perform(get("/patients/" + oakPatient.id()).session(other)).andExpect(status().isNotFound());
        mvc.perform(get("/patients/" + otherPatient).session(keystone)).andExpect(status().isNotFound());

        String otherList = mvc.perform(
                        post("/patients/search").param("q", "").session(other).with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(otherList).contains("ZANZIBAR").doesNotContain("OAK-").doesNotContain("RIV-");
        String keystoneList = mvc.perform(post("/patients/search")
                        .param("q", "zanzibar")
                        .session(keystone)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(keystoneList).contains("No patient matches");
    }

    @Test
    void eachCompanysAuditLogShowsOnlyItsOwnEvents() throws Exception {
        MockHttpSession other = signIn("other.manager", "other-manager-pass");
        mvc.perform(get("/patients/" + otherPatient).session(other)).andExpect(status().isOk());
        signIn("coder", "not-the-password"); // a refused sign-in of a Keystone user

        String otherLog = mvc.perform(get("/audit").session(other))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(otherLog).contains("other.manager").contains("ZANZIBAR");
        assertThat(otherLog)
                .doesNotContain(">coder<")
                .doesNotContain(">manager<")
                .doesNotContain("OAK-");

        String keystoneLog = mvc.perform(get("/audit").session(signIn("manager", "openrcm-manager")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(keystoneLog).doesNotContain("other.manager").doesNotContain("ZANZIBAR");
    }

    @Test
    void theHomePageCountsOnlyTheUsersOwnPractices() throws Exception {
        String home = mvc.perform(get("/").session(signIn("other.manager", "other-manager-pass")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).contains("Other Pediatrics").doesNotContain("Oak Family Medicine");
    }
}
