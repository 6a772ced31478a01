package org.openrcm.app.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a bug as an incident: a short number to quote, the request's method and path (ids only, never patient
 * data), and the exception types with where they were thrown, without their messages, which may quote data.
 */
final class Incidents {
    static final String ATTRIBUTE = "openrcm.incident";

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    private Incidents() {}

    static String log(HttpServletRequest request, Throwable error) {
        String incident = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        request.setAttribute(ATTRIBUTE, incident);
        log.error(
                "Incident {} on {} {}: {}",
                incident,
                request.getMethod(),
                request.getRequestURI(),
                SafeTrace.of(error));
        return incident;
    }

    static String sentence(String incident) {
        return "Something went wrong on our side (incident " + incident + "). Please try again; if it happens again,"
                + " give the incident number to your administrator.";
    }
}
