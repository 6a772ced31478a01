package org.openrcm.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openrcm.app.patient.PatientSummary;
import org.openrcm.app.testing.ApplicationTest;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;

/** Whatever users do, and however it fails, the log holds no patient data. */
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTest extends ApplicationTest {

    @Test
    void searchesReadsRefusalsAndErrorsLeaveNoPatientDataInTheLog(CapturedOutput output) throws Exception {
        PatientSummary patient = demo.patientsOf("OAK").get(5);
        PatientSummary foreign = demo.patientsOf("RIV").get(5);
        LoggerFactory.getLogger("org.openrcm.test").warn("log capture marker");

        var session = (MockHttpSession) mvc.perform(post("/login")
                        .param("username", "coder")
                        .param("password", "openrcm-coder")
                        .with(csrf()))
                .andReturn()
                .getRequest()
                .getSession(false);
        String birth = patient.birthDate().format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
        for (String q : new String[] {patient.lastName() + " " + patient.firstName(), birth, patient.accountNumber()}) {
            mvc.perform(post("/patients/search").param("q", q).session(session).with(csrf()));
            mvc.perform(post("/patients/quick-search")
                    .param("q", q)
                    .session(session)
                    .with(csrf()));
        }
        mvc.perform(get("/patients/" + patient.id()).session(session));
        mvc.perform(get("/patients/" + patient.id() + "/encounters").session(session));
        mvc.perform(get("/patients/" + foreign.id()).session(session));
        mvc.perform(post("/patients/search")
                .param("q", patient.lastName())
                .param("offset", "x")
                .session(session)
                .with(csrf()));
        mvc.perform(get("/api/patients/" + patient.id()).with(httpBasic("coder", "openrcm-coder")));
        mvc.perform(post("/api/patients/search")
                .contentType("application/json")
                .content("{\"q\": \"" + patient.lastName() + "\"")
                .with(httpBasic("coder", "openrcm-coder")));
        mvc.perform(post("/login")
                .param("username", patient.lastName())
                .param("password", "x")
                .with(csrf()));

        String log = output.getAll();
        assertThat(log).as("the capture works").contains("log capture marker");
        assertThat(log)
                .doesNotContainPattern(word(patient.lastName()))
                .doesNotContainPattern(word(patient.firstName()))
                .doesNotContain(birth)
                .doesNotContain(patient.birthDate().toString())
                .doesNotContain(patient.accountNumber())
                .doesNotContainPattern(word(foreign.lastName()));
    }

    private static String word(String name) {
        return "(?i)\\b" + java.util.regex.Pattern.quote(name) + "\\b";
    }
}
