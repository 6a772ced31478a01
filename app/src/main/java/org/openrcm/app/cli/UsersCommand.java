package org.openrcm.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.identity.Identity;
import org.openrcm.app.identity.NewUser;
import org.openrcm.app.identity.Role;
import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.practice.Company;
import org.openrcm.app.practice.PracticeView;
import org.openrcm.app.practice.Practices;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "users", description = "Manages users.", subcommands = UsersCommand.Add.class)
final class UsersCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "add",
            description = "Adds a user of the billing company, assigned to practices. The password is asked on the"
                    + " terminal, or read from standard input with --password-stdin.")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "USERNAME", description = "3 to 40 lower-case letters, digits, . - _")
        String username;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                converter = RoleConverter.class,
                description = "ADMIN, MANAGER, CODER or BILLER.")
        Role role;

        @Option(
                names = "--name",
                paramLabel = "\"FULL NAME\"",
                description = "The user's full name (default: USERNAME).")
        @Nullable
        String name;

        @Option(
                names = "--practice",
                paramLabel = "CODE",
                description = "A practice the user may see, by code (repeat for several; ADMIN may have none).")
        List<String> practices = new ArrayList<>();

        @Option(
                names = "--company",
                paramLabel = "\"NAME\"",
                description = "The billing company; needed only when the database has several, and created when it"
                        + " has none.")
        @Nullable
        String company;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String password = readPassword();
            Database db = database.resolve();
            try (ConfigurableApplicationContext context = Launch.batch(db, database.home(), Map.of())) {
                CurrentActor current = context.getBean(CurrentActor.class);
                Practices practiceDirectory = context.getBean(Practices.class);
                Identity identity = context.getBean(Identity.class);
                // All or nothing: a company created for this user is not left behind when the user is refused.
                var transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
                current.runAsSystem(
                        "cli",
                        () -> transaction.execute(status -> {
                            CompanyId companyId = company(practiceDirectory);
                            Set<PracticeId> assigned = new LinkedHashSet<>();
                            for (String code : practices) {
                                PracticeView practice = practiceDirectory
                                        .practiceByCode(code)
                                        .filter(p -> p.companyId().equals(companyId))
                                        .orElseThrow(() -> new CliFailure(
                                                CliFailure.FAILED,
                                                "No practice with code '" + code + "' in this billing company."));
                                assigned.add(practice.id());
                            }
                            return identity.addUser(new NewUser(
                                    companyId, username, name == null ? username : name, role, assigned, password));
                        }));
                spec.commandLine()
                        .getOut()
                        .println("Added " + role.title().toLowerCase(Locale.ROOT) + " '" + username + "'"
                                + (practices.isEmpty() ? "" : " for " + String.join(", ", practices)) + ".");
                return 0;
            }
        }

        private CompanyId company(Practices practiceDirectory) {
            List<Company> companies = practiceDirectory.companies();
            if (company != null) {
                return companies.stream()
                        .filter(c -> c.name().equalsIgnoreCase(company.strip()))
                        .map(Company::id)
                        .findFirst()
                        .orElseGet(() -> {
                            if (!companies.isEmpty()) {
                                throw new CliFailure(CliFailure.FAILED, "No billing company named '" + company + "'.");
                            }
                            return practiceDirectory.createCompany(company);
                        });
            }
            if (companies.size() == 1) {
                return companies.getFirst().id();
            }
            throw new CliFailure(
                    CliFailure.USAGE,
                    companies.isEmpty()
                            ? "The database has no billing company yet: name it with --company \"NAME\"."
                            : "The database has several billing companies: choose one with --company \"NAME\".");
        }

        private String readPassword() {
            if (passwordStdin) {
                try {
                    String line =
                            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                    if (line == null || line.isEmpty()) {
                        throw new CliFailure(CliFailure.USAGE, "No password on standard input.");
                    }
                    return line;
                } catch (IOException e) {
                    throw new CliFailure(CliFailure.FAILED, "Could not read the password: " + e.getMessage());
                }
            }
            Console console = System.console();
            if (console == null) {
                throw new CliFailure(
                        CliFailure.USAGE, "No terminal to ask for the password on: pipe it in with --password-stdin.");
            }
            char[] first = console.readPassword(
                    "Password for %s (at least %d characters): ", username, Identity.MIN_PASSWORD_LENGTH);
            char[] second = console.readPassword("Repeat the password: ");
            if (first == null || second == null || !String.valueOf(first).equals(String.valueOf(second))) {
                throw new CliFailure(CliFailure.FAILED, "The two passwords differ; nothing was changed.");
            }
            return String.valueOf(first);
        }
    }

    static final class RoleConverter implements ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            try {
                return Role.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
