package org.openrcm.app.demo;

import java.util.List;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.identity.Identity;
import org.openrcm.app.kernel.Refused;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Refuses to serve the network ({@code openrcm.serves-network=true}) while a demo sign-in still has its published
 * password: a database that began as a demo must not be opened to others with keys everybody knows. Runs before
 * the web server opens its port.
 */
@Component
@ConditionalOnBooleanProperty("openrcm.serves-network")
class PublicPasswordGuard implements SmartInitializingSingleton {
    private final Identity identity;
    private final CurrentActor current;

    PublicPasswordGuard(Identity identity, CurrentActor current) {
        this.identity = identity;
        this.current = current;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> exposed = current.runAsSystem(
                "startup-check",
                () -> DemoSeeder.LOGINS.stream()
                        .filter(login -> identity.hasPassword(login.username(), login.password()))
                        .map(DemoLogin::username)
                        .toList());
        if (!exposed.isEmpty()) {
            throw new Refused(
                    "DEMO_PASSWORDS_PUBLIC",
                    409,
                    "This database has demo sign-ins with their published passwords (" + String.join(", ", exposed)
                            + "), so it is served on this machine only: use --host 127.0.0.1, or serve another"
                            + " database.");
        }
    }
}
