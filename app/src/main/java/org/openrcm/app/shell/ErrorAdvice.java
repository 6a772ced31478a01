package org.openrcm.app.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.openrcm.app.kernel.Refused;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Turns a refused request into what its asker reads: problem+json (RFC 9457) for the API, an inline message for
 * htmx, an error page otherwise. Never a stack trace.
 */
@ControllerAdvice
class ErrorAdvice {

    @ExceptionHandler(Refused.class)
    Object refused(Refused refused, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(refused.httpStatus()), refused.getMessage());
            problem.setProperty("code", refused.code());
            problem.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(refused.httpStatus())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        response.setStatus(refused.httpStatus());
        model.addAttribute("status", refused.httpStatus());
        model.addAttribute("message", refused.getMessage());
        return request.getHeader("HX-Request") != null ? "shell/error :: message" : "shell/error";
    }

    /**
     * A bug. The log gets an incident number, the exception types and where they were thrown, but no messages:
     * a message may quote data (a database error quoting a row, a parser quoting its input), and data may be PHI.
     */
    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model)
            throws Exception {
        if (answeredElsewhere(e)) {
            throw e; // rethrown as is, the next resolver or filter gives its usual 4xx answer
        }
        String incident = Incidents.log(request, e);
        String message = Incidents.sentence(incident);
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, message);
            problem.setProperty("incident", incident);
            return ResponseEntity.status(500)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        response.setStatus(500);
        model.addAttribute("status", 500);
        model.addAttribute("message", message);
        return request.getHeader("HX-Request") != null ? "shell/error :: message" : "shell/error";
    }

    /** Spring's own answers to bad requests (wrong method, unreadable body, bad parameter) and security refusals. */
    private static boolean answeredElsewhere(Exception e) {
        return e instanceof ErrorResponse
                || e instanceof TypeMismatchException
                || e instanceof HttpMessageNotReadableException
                || e instanceof AccessDeniedException
                || e instanceof AuthenticationException;
    }
}
