package org.openrcm.app.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.openrcm.app.audit.AuditLog;
import org.openrcm.app.audit.ChainVerification;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "audit", description = "Checks the audit trail.", subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "verify",
            description = "Recomputes the audit trail's hash chain. Exit 0 when intact; 1 with the first broken link.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Database db = database.resolveExisting();
            // The trail is read as found: no migration runs against the database being verified.
            try (ConfigurableApplicationContext context =
                    Launch.batch(db, database.home(), Map.of("spring.flyway.enabled", false))) {
                ChainVerification result;
                try {
                    result = context.getBean(AuditLog.class).verify();
                } catch (org.springframework.dao.DataAccessException e) {
                    throw new CliFailure(
                            CliFailure.FAILED, "No OpenRCM audit trail could be read at " + db.describe() + ".");
                }
                if (result.isIntact()) {
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    "Audit trail intact: %,d events checked, the chain is unbroken.%n",
                                    result.checked());
                    return 0;
                }
                spec.commandLine()
                        .getErr()
                        .printf(
                                "Audit trail BROKEN: %s.%n%,d events before it are intact.%n",
                                result.problem(), result.checked());
                return 1;
            }
        }
    }
}
