package org.openrcm.app.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last safety net: an exception that escapes every filter and the page rendering would reach the servlet
 * container, which logs it with its message. Here it is logged as an {@link Incidents incident} instead, and the
 * user gets the error page with the incident number.
 */
final class IncidentFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (e.getClass().getSimpleName().equals("ClientAbortException")) {
                return; // the browser went away: nothing to answer, nothing to fix
            }
            Incidents.log(request, e);
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }
}
