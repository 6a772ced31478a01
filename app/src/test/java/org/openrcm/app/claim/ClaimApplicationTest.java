package org.openrcm.app.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.patient.CoverageView;
import org.openrcm.app.patient.PatientDetails;
import org.openrcm.app.patient.PatientSummary;
import org.openrcm.app.patient.Patients;
import org.openrcm.app.practice.Practices;
import org.openrcm.app.practice.ProviderView;
import org.openrcm.app.testing.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Claim tests on PostgreSQL: acting as the system or as a demo user, and demo claims to act on. */
abstract class ClaimApplicationTest extends ApplicationTest {
    static final LocalDate DOS = LocalDate.of(2026, 2, 16);

    @Autowired
    Claims claims;

    @Autowired
    Patients patients;

    @Autowired
    Practices practices;

    @Autowired
    CurrentActor current;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    <T> T asSystem(Supplier<T> work) {
        return current.runAsSystem("test", work);
    }

    <T> T asUser(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        // Loading a user counts as a sign-in attempt for the lockout (ten in fifteen minutes lock the name); acting as
        // the user in a test is not one, and must not lock the demo users other tests sign in with.
        jdbc.sql("delete from sign_in_attempt where username = :username")
                .param("username", username)
                .update();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A claim for a demo patient of the practice with a coverage: three diagnoses, two lines. */
    ClaimContent contentFor(String practiceCode) {
        return asSystem(() -> {
            for (PatientSummary patient : demo.patientsOf(practiceCode)) {
                PatientDetails details = patients.find(patient.id()).orElseThrow();
                if (details.coverages().isEmpty()) {
                    continue;
                }
                CoverageView coverage = details.coverages().getFirst();
                ProviderView provider = practices.allProviders().stream()
                        .filter(p -> p.practiceId().equals(details.practice().id()))
                        .findFirst()
                        .orElseThrow();
                return new ClaimContent(
                        details.practice().id(),
                        patient.id(),
                        null,
                        coverage.payer().id(),
                        coverage.id(),
                        provider.id(),
                        null,
                        "11",
                        List.of("I10", "E11.65", "Z79.4"),
                        List.of(
                                new ServiceLine(
                                        "99214", List.of("25"), BigDecimal.ONE, Money.of("165.00"), List.of(3, 1), DOS),
                                new ServiceLine(
                                        "20610",
                                        List.of("RT", "59", "XU", "GT"),
                                        new BigDecimal("1.5"),
                                        Money.of("212.34"),
                                        List.of(2),
                                        DOS.plusDays(1))));
            }
            throw new IllegalStateException("no demo patient with a coverage in " + practiceCode);
        });
    }

    String statusInDatabase(ClaimId id) {
        return jdbc.sql("select status from claim where id = :id")
                .param("id", id.value())
                .query(String.class)
                .single();
    }
}
