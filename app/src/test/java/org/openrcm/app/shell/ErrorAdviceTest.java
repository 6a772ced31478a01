package org.openrcm.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openrcm.app.kernel.Refused;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.HttpRequestMethodNotSupportedException;

@ExtendWith(OutputCaptureExtension.class)
class ErrorAdviceTest {
    final ErrorAdvice advice = new ErrorAdvice();

    @Test
    void aBugIsLoggedWithAnIncidentNumberAndWhereButNotItsMessage(CapturedOutput output) throws Exception {
        var request = new MockHttpServletRequest("GET", "/patients/5c7a4bec-c88c-4583-bd1b-28d097a7e97c");
        var response = new MockHttpServletResponse();
        var model = new ExtendedModelMap();
        Exception bug = new IllegalStateException(
                "duplicate key (practice_id, last_name)=(OAK, RIVERA)",
                new RuntimeException("row RIVERA ANA 1950-04-02"));

        Object view = advice.unexpected(bug, request, response, model);

        assertThat(view).isEqualTo("shell/error");
        assertThat(response.getStatus()).isEqualTo(500);
        String incident =
                ((String) model.getAttribute("message")).replaceAll("(?s).*\\(incident ([0-9a-z]+)\\).*", "$1");
        assertThat(output.getAll())
                .contains("Incident " + incident + " on GET /patients/5c7a4bec-c88c-4583-bd1b-28d097a7e97c")
                .contains("java.lang.IllegalStateException")
                .contains("caused by java.lang.RuntimeException")
                .contains("at org.openrcm.app.shell.ErrorAdviceTest")
                .doesNotContain("RIVERA")
                .doesNotContain("1950-04-02");
    }

    @Test
    void theApiGetsProblemJsonWithTheIncident() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/patients/x");
        Object answer = advice.unexpected(
                new NullPointerException(), request, new MockHttpServletResponse(), new ExtendedModelMap());
        @SuppressWarnings("unchecked")
        var entity = (ResponseEntity<ProblemDetail>) answer;
        assertThat(entity.getStatusCode().value()).isEqualTo(500);
        assertThat(entity.getBody().getProperties()).containsKey("incident");
    }

    @Test
    void springsOwnRefusalsKeepTheirAnswer() {
        var request = new MockHttpServletRequest("DELETE", "/patients");
        assertThatThrownBy(() -> advice.unexpected(
                        new HttpRequestMethodNotSupportedException("DELETE"),
                        request,
                        new MockHttpServletResponse(),
                        new ExtendedModelMap()))
                .isInstanceOf(HttpRequestMethodNotSupportedException.class);
    }

    @Test
    void aRefusalBecomesItsStatusAndSentence() {
        var request = new MockHttpServletRequest("GET", "/patients/x");
        var response = new MockHttpServletResponse();
        var model = new ExtendedModelMap();
        advice.refused(Refused.notFound("patient"), request, response, model);
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(model.getAttribute("message")).isEqualTo("No such patient.");
    }
}
