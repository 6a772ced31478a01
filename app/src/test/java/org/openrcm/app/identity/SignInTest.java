package org.openrcm.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.practice.PracticeView;
import org.openrcm.app.testing.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/** Users, passwords and the lockout, on PostgreSQL. */
class SignInTest extends ApplicationTest {

    @Autowired
    Identity identity;

    @Autowired
    CurrentActor current;

    @Autowired
    JdbcClient jdbc;

    ResultActions attempt(String username, String password) throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf()));
    }

    void addUser(String username, Role role, Set<PracticeId> practices, String password) {
        PracticeView oak = demo.practice("OAK");
        current.runAsSystem(
                "test",
                () -> identity.addUser(
                        new NewUser(oak.companyId(), username, "Test " + username, role, practices, password)));
    }

    @Test
    void everyDemoLoginWorks() throws Exception {
        for (var login : org.openrcm.app.demo.DemoSeeder.LOGINS) {
            attempt(login.username(), login.password()).andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
        attempt("coder", "wrong-password").andExpect(redirectedUrl("/login?error"));
        attempt("nobody-by-this-name", "wrong-password").andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void tenFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        addUser("lock.me", Role.BILLER, Set.of(demo.practice("OAK").id()), "correct-horse-battery");
        for (int i = 0; i < 9; i++) {
            attempt("lock.me", "guess-" + i).andExpect(redirectedUrl("/login?error"));
        }
        attempt("lock.me", "correct-horse-battery").andExpect(redirectedUrl("/"));
        // A success clears the count; ten failures in a row lock.
        for (int i = 0; i < 10; i++) {
            attempt("LOCK.ME", "guess-" + i).andExpect(redirectedUrl("/login?error"));
        }
        attempt("lock.me", "correct-horse-battery").andExpect(redirectedUrl("/login?locked"));
        // Other users are not affected.
        attempt("coder", "openrcm-coder").andExpect(redirectedUrl("/"));
    }

    @Test
    void failuresOlderThanFifteenMinutesDoNotCount() throws Exception {
        addUser("old.failures", Role.BILLER, Set.of(demo.practice("OAK").id()), "correct-horse-battery");
        for (int i = 0; i < 10; i++) {
            attempt("old.failures", "guess-" + i).andExpect(redirectedUrl("/login?error"));
        }
        attempt("old.failures", "correct-horse-battery").andExpect(redirectedUrl("/login?locked"));
        jdbc.sql("update sign_in_attempt set attempted_at = attempted_at - interval '16 minutes'"
                        + " where username = 'old.failures'")
                .update();
        attempt("old.failures", "correct-horse-battery").andExpect(redirectedUrl("/"));
    }

    @Test
    void parallelGuessesCannotGetMoreThanTenTries() throws Exception {
        addUser("raced", Role.BILLER, Set.of(demo.practice("OAK").id()), "correct-horse-battery");
        long before = jdbc.sql("select last_seq from audit_chain_head")
                .query(Long.class)
                .single();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var guesses = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                guesses.add(pool.submit(() -> {
                    attempt("raced", "guess-" + n);
                    return null;
                }));
            }
            for (var guess : guesses) {
                guess.get();
            }
        } finally {
            pool.shutdown();
        }
        long passwordsChecked = jdbc.sql("select count(*) from audit_event where seq > :before"
                        + " and action = 'SIGN_IN_REFUSED' and actor_name = 'raced' and detail = 'BAD_CREDENTIALS'")
                .param("before", before)
                .query(Long.class)
                .single();
        assertThat(passwordsChecked).isLessThanOrEqualTo(10);
        attempt("raced", "correct-horse-battery").andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void anUnknownUsernameLocksLikeAKnownOne() throws Exception {
        for (int i = 0; i < 10; i++) {
            attempt("nobody.here", "guess-" + i).andExpect(redirectedUrl("/login?error"));
        }
        attempt("nobody.here", "guess").andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void anAbsurdlyLongUsernameIsJustAWrongOne() throws Exception {
        attempt("x".repeat(5000), "whatever").andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void apiCallsWithTheRightPasswordDoNotAddUpToALockout() throws Exception {
        var patient = demo.patientsOf("OAK").getFirst();
        for (int i = 0; i < 15; i++) {
            mvc.perform(get("/api/patients/" + patient.id())
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.httpBasic("coder", "openrcm-coder")))
                    .andExpect(status().isOk());
        }
        attempt("coder", "openrcm-coder").andExpect(redirectedUrl("/"));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        addUser("hash.check", Role.CODER, Set.of(demo.practice("OAK").id()), "a-long-enough-secret");
        String stored = jdbc.sql("select password_hash from app_user where username = 'hash.check'")
                .query(String.class)
                .single();
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("a-long-enough-secret");
    }

    @Test
    void usersAreCheckedWhenAdded() {
        PracticeId oak = demo.practice("OAK").id();
        assertThatThrownBy(() -> addUser("coder", Role.CODER, Set.of(oak), "long-enough-password"))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> addUser("short.pw", Role.CODER, Set.of(oak), "short"))
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> addUser("no.practice", Role.CODER, Set.of(), "long-enough-password"))
                .hasMessageContaining("at least one practice");
        assertThatThrownBy(() -> addUser("Bad Name!", Role.CODER, Set.of(oak), "long-enough-password"))
                .hasMessageContaining("not valid");
        assertThatThrownBy(() -> addUser("foreign", Role.CODER, Set.of(PracticeId.random()), "long-enough-password"))
                .hasMessageContaining("own billing company");
    }

    @Test
    void aPracticeTakenAwayIsGoneFromTheUsersNextRequest() throws Exception {
        PracticeId oak = demo.practice("OAK").id();
        addUser("moved.coder", Role.CODER, Set.of(oak), "long-enough-password");
        var session = (org.springframework.mock.web.MockHttpSession) attempt("moved.coder", "long-enough-password")
                .andReturn()
                .getRequest()
                .getSession(false);
        var patient = demo.patientsOf("OAK").getFirst();
        mvc.perform(get("/patients/" + patient.id()).session(session)).andExpect(status().isOk());
        jdbc.sql("delete from user_practice where user_id = (select id from app_user where username = 'moved.coder')")
                .update();
        mvc.perform(get("/patients/" + patient.id()).session(session)).andExpect(status().isNotFound());
    }
}
