package org.openrcm.app.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.openrcm.app.identity.Identity;
import org.openrcm.app.kernel.PracticeId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The practice switcher in the header: picks the practice lists and counts show, then goes back where it was. */
@Controller
class PracticeSwitchController {
    private final Identity identity;

    PracticeSwitchController(Identity identity) {
        this.identity = identity;
    }

    @PostMapping("/context/practice")
    String switchPractice(
            @RequestParam(name = "practice", defaultValue = "") String practice, HttpServletRequest request) {
        identity.selectPractice(practice.isBlank() ? null : PracticeId.parse(practice));
        return "redirect:" + sameSiteReturnPath(request.getHeader("Referer"), request);
    }

    /** Only a path of this application, never an outside address a crafted Referer could name. */
    private static String sameSiteReturnPath(String referer, HttpServletRequest request) {
        if (referer == null) {
            return "/";
        }
        try {
            var uri = java.net.URI.create(referer);
            String path = uri.getRawPath();
            boolean sameHost = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
            return sameHost && path != null && path.startsWith("/") && !path.startsWith("//") ? path : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
