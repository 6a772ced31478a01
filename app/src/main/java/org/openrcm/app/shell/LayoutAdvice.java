package org.openrcm.app.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.openrcm.app.identity.Actor;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.identity.Role;
import org.openrcm.app.practice.PracticeView;
import org.openrcm.app.practice.Practices;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the layout needs (who, which practices, which page) into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {
    private final CurrentActor current;
    private final Practices practices;

    LayoutAdvice(CurrentActor current, Practices practices) {
        this.current = current;
        this.practices = practices;
    }

    record Shell(
            String userName,
            String username,
            String roleTitle,
            boolean canSeeAudit,
            boolean canCode,
            List<PracticeView> practices,
            String selectedPracticeId,
            String path) {}

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null
                || auth instanceof AnonymousAuthenticationToken
                || request.getRequestURI().startsWith("/api/")) {
            return null;
        }
        Actor actor = current.actor();
        var scope = current.scope();
        return new Shell(
                actor.displayName(),
                actor.username(),
                actor.role() == null ? "" : actor.role().title(),
                actor.hasRole(Role.MANAGER) || actor.hasRole(Role.ADMIN),
                actor.hasRole(Role.CODER) || actor.hasRole(Role.MANAGER) || actor.hasRole(Role.ADMIN),
                practices.practices(),
                scope.selected().map(Object::toString).orElse(""),
                request.getRequestURI());
    }
}
