package org.openrcm.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.app.patient.PatientSummary;
import org.openrcm.app.testing.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/** The manager's audit log page: filters by user, patient and dates, and what it shows to whom. */
class AuditLogPageTest extends ApplicationTest {
    private static final Pattern ROW = Pattern.compile(
            "<td class=\"num mono\">(\\d+)</td>\\s*<td class=\"mono\">[^<]*</td>\\s*<td>([^<]*)</td>\\s*<td>([A-Z_]+)</td>");

    @Autowired
    JdbcClient jdbc;

    MockHttpSession manager;
    MockHttpSession coder;
    PatientSummary patient;

    record Row(long seq, String actor, String action) {}

    @BeforeEach
    void someActivity() throws Exception {
        manager = signIn("manager", "openrcm-manager");
        coder = signIn("coder", "openrcm-coder");
        patient = demo.patientsOf("OAK").get(7);
        mvc.perform(get("/patients/" + patient.id()).session(coder)).andExpect(status().isOk());
    }

    List<Row> rows(String html) {
        List<Row> rows = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            rows.add(new Row(Long.parseLong(m.group(1)), m.group(2), m.group(3)));
        }
        return rows;
    }

    String filter(String... params) throws Exception {
        var request = post("/audit/events").session(manager).with(csrf()).header("HX-Request", "true");
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void showsTheNewestEventsFirst() throws Exception {
        List<Row> rows = rows(mvc.perform(get("/audit").session(manager))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(rows).hasSizeGreaterThan(10);
        assertThat(rows).extracting(Row::seq).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void filtersByUser() throws Exception {
        String coderId = jdbc.sql("select id from app_user where username = 'coder'")
                .query(String.class)
                .single();
        List<Row> rows = rows(filter("user", coderId));
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.actor()).isEqualTo("coder"));
    }

    @Test
    void filtersByPatientTypedByNameOrAccount() throws Exception {
        String byAccount = filter("patientText", patient.accountNumber());
        assertThat(rows(byAccount)).isNotEmpty().extracting(Row::action).contains("READ");
        assertThat(byAccount).contains(patient.displayName());
        // Every row shown concerns that patient: the only patient label on the page is theirs.
        assertThat(Pattern.compile("href=\"/patients/([0-9a-f-]{36})\"")
                        .matcher(byAccount)
                        .results()
                        .map(r -> r.group(1))
                        .distinct())
                .containsExactly(patient.id().toString());

        String byName = filter("patientText", patient.lastName() + " " + patient.firstName());
        assertThat(rows(byName))
                .extracting(Row::seq)
                .containsAll(rows(byAccount).stream().map(Row::seq).toList());
    }

    @Test
    void thePatientPageLinksToThatPatientsAccessLog() throws Exception {
        String page = mvc.perform(
                        get("/audit").param("patient", patient.id().toString()).session(manager))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Showing the access log of").contains(patient.displayName());
        assertThat(rows(page)).isNotEmpty();
    }

    @Test
    void filtersByDates() throws Exception {
        LocalDate tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
        assertThat(filter("from", tomorrow.toString())).contains("No event matches");
        assertThat(rows(filter(
                        "from",
                        LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString(),
                        "to",
                        LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString())))
                .isNotEmpty();
        mvc.perform(post("/audit/events")
                        .param("from", "yesterday")
                        .session(manager)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aPatientNobodyMatchesShowsNothingRatherThanEverything() throws Exception {
        assertThat(filter("patientText", "Zzyzxqwerty")).contains("No event matches");
    }
}
