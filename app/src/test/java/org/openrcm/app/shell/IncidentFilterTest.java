package org.openrcm.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@ExtendWith(OutputCaptureExtension.class)
class IncidentFilterTest {
    @Test
    void anExceptionEscapingTheFiltersBecomesA500AndAnIncidentWithoutItsMessage(CapturedOutput output)
            throws Exception {
        var request = new MockHttpServletRequest("POST", "/login");
        var response = new MockHttpServletResponse();

        new IncidentFilter().doFilter(request, response, (req, res) -> {
            throw new IllegalStateException("value too long: 'RIVERA ANA 1950-04-02'");
        });

        assertThat(response.getStatus()).isEqualTo(500);
        String incident = (String) request.getAttribute(Incidents.ATTRIBUTE);
        assertThat(incident).isNotBlank();
        assertThat(output.getAll())
                .contains("Incident " + incident + " on POST /login")
                .contains("java.lang.IllegalStateException")
                .doesNotContain("RIVERA");
    }

    @Test
    void aRequestThatWorksPassesUntouched() throws Exception {
        var response = new MockHttpServletResponse();
        new IncidentFilter()
                .doFilter(
                        new MockHttpServletRequest("GET", "/"),
                        response,
                        (req, res) -> ((MockHttpServletResponse) res).setStatus(204));
        assertThat(response.getStatus()).isEqualTo(204);
    }
}
