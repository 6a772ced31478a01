package org.openrcm.app.shell;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers errors raised outside controllers (unknown address, refused by a security filter, a crash): problem+json
 * for the API, a page for people. Never a stack trace.
 */
@Controller
class ErrorPageController implements ErrorController {
    @RequestMapping("/error")
    Object error(HttpServletRequest request, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        String message = switch (status) {
            case 404 -> "There is nothing at this address, or it is not open to you.";
            case 403 -> "Your role may not open this page.";
            case 400 -> "The request was not understood.";
            case 405 -> "This address does not answer that kind of request.";
            default ->
                status >= 500
                        ? request.getAttribute(Incidents.ATTRIBUTE) instanceof String incident
                                ? Incidents.sentence(incident)
                                : "Something went wrong on our side. Please try again."
                        : "The request could not be completed.";
        };
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/api/")) {
            HttpStatus resolved = HttpStatus.resolve(status);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved, message);
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "shell/error";
    }
}
