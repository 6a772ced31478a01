package org.openrcm.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.patient.PatientSummary;
import org.openrcm.app.testing.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail on PostgreSQL: what is written for whom, and that tampering is found. */
class AuditTrailTest extends ApplicationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditRepository repository;

    @Autowired
    CurrentActor current;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    /** Signs in from the address 10.1.2.3, so events can be told from other tests' by where they came from. */
    MockHttpSession signInFromOffice(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("10.1.2.3");
                            return r;
                        }))
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    List<AuditEvent> eventsAfter(long seq) {
        List<AuditEvent> events = new ArrayList<>();
        repository.forEachInOrder(Long.MAX_VALUE, e -> {
            if (e.seq() > seq) {
                events.add(e);
            }
        });
        return events;
    }

    @Test
    void openingAPatientRecordsWhoWhatWhenWhereAndHowItEnded() throws Exception {
        PatientSummary patient = demo.patientsOf("OAK").get(3);
        MockHttpSession coder = signInFromOffice("coder", "openrcm-coder");
        long before = repository.head().lastSeq();

        mvc.perform(get("/patients/" + patient.id()).session(coder).with(r -> {
                    r.setRemoteAddr("10.9.8.7");
                    return r;
                }))
                .andExpect(status().isOk());

        List<AuditEvent> events = eventsAfter(before);
        assertThat(events).hasSize(1);
        AuditEvent read = events.getFirst();
        assertThat(read.action()).isEqualTo(AuditAction.READ);
        assertThat(read.entityType()).isEqualTo("PATIENT");
        assertThat(read.patientId()).isEqualTo(patient.id());
        assertThat(read.practiceId()).isEqualTo(patient.practiceId());
        assertThat(read.actorName()).isEqualTo("coder");
        assertThat(read.actorId()).isNotNull();
        assertThat(read.companyId()).isEqualTo(demo.practice("OAK").companyId());
        assertThat(read.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(read.clientAddress()).isEqualTo("10.9.8.7");
    }

    @Test
    void aRefusedLookupOfAnotherPracticesPatientIsRecordedAsNotFound() throws Exception {
        PatientSummary foreign = demo.patientsOf("RIV").getFirst();
        MockHttpSession coder = signInFromOffice("coder", "openrcm-coder");
        long before = repository.head().lastSeq();

        mvc.perform(get("/patients/" + foreign.id()).session(coder)).andExpect(status().isNotFound());

        assertThat(eventsAfter(before)).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AuditOutcome.NOT_FOUND);
            assertThat(e.entityId()).isEqualTo(foreign.id().toString());
            assertThat(e.practiceId()).isNull();
        });
    }

    @Test
    void everyPatientShownInSearchResultsIsInTheirAccessLog() throws Exception {
        PatientSummary patient = demo.patientsOf("OAK").get(4);
        MockHttpSession coder = signInFromOffice("coder", "openrcm-coder");
        long before = repository.head().lastSeq();

        mvc.perform(post("/patients/quick-search")
                        .param("q", patient.accountNumber())
                        .session(coder)
                        .with(csrf()))
                .andExpect(status().isOk());

        assertThat(eventsAfter(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.LIST);
            assertThat(e.patientId()).isEqualTo(patient.id());
            assertThat(e.detail()).isEqualTo("quick search");
        });
    }

    @Test
    void aRefusedEncounterListIsRecordedToo() throws Exception {
        PatientSummary foreign = demo.patientsOf("RIV").get(2);
        MockHttpSession coder = signInFromOffice("coder", "openrcm-coder");
        long before = repository.head().lastSeq();

        mvc.perform(get("/patients/" + foreign.id() + "/encounters").session(coder))
                .andExpect(status().isNotFound());

        assertThat(eventsAfter(before)).singleElement().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo("ENCOUNTER_LIST");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.NOT_FOUND);
        });
    }

    @Test
    void signInsAndRefusedSignInsAreRecorded() throws Exception {
        long before = repository.head().lastSeq();
        signInFromOffice("biller", "not-the-password");
        signInFromOffice("biller", "openrcm-biller");

        // The manager of the biller's company sees both, a refused attempt included.
        assertThat(eventsAfter(before))
                .extracting(AuditEvent::companyId)
                .containsOnly(demo.practice("OAK").companyId());
        assertThat(eventsAfter(before))
                .extracting(AuditEvent::action, AuditEvent::actorName, AuditEvent::outcome, AuditEvent::clientAddress)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                AuditAction.SIGN_IN_REFUSED, "biller", AuditOutcome.DENIED, "10.1.2.3"),
                        org.assertj.core.groups.Tuple.tuple(
                                AuditAction.SIGN_IN, "biller", AuditOutcome.SUCCESS, "10.1.2.3"));
    }

    @Test
    void theChainOfRealActivityVerifies() {
        ChainVerification result = audit.verify();
        assertThat(result.isIntact()).as("%s", result.problem()).isTrue();
        assertThat(result.checked()).isEqualTo(repository.head().lastSeq()).isGreaterThan(200);
    }

    @Test
    void anUpdatedRowIsNamed() {
        long seq = repository.head().lastSeq() / 2;
        ChainVerification result = tamperAndVerify("update audit_event set actor_name = 'mallory' where seq = " + seq);
        assertThat(result.isIntact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(seq);
        assertThat(result.checked()).isEqualTo(seq - 1);
        assertThat(result.problem()).contains("#" + seq).contains("changed after it was written");
    }

    @Test
    void aRowWithARecomputedHashBreaksTheLinkOfTheNext() {
        long seq = repository.head().lastSeq() / 3;
        ChainVerification result =
                tamperAndVerify("update audit_event set hash = '" + "a".repeat(64) + "' where seq = " + seq);
        // Its own content check fails first: the stored hash no longer matches the content.
        assertThat(result.brokenAt()).isEqualTo(seq);
    }

    @Test
    void aDeletedRowIsFound() {
        long seq = repository.head().lastSeq() / 2;
        ChainVerification result = tamperAndVerify("delete from audit_event where seq = " + seq);
        assertThat(result.brokenAt()).isEqualTo(seq);
        assertThat(result.problem()).contains("missing");
    }

    @Test
    void rowsDeletedFromTheEndAreFound() {
        long last = repository.head().lastSeq();
        ChainVerification result = tamperAndVerify("delete from audit_event where seq >= " + (last - 2));
        assertThat(result.isIntact()).isFalse();
        assertThat(result.problem()).contains("removed from the end");
    }

    @Test
    void concurrentAppendsKeepOneUnbrokenNumberedChain() throws Exception {
        long before = repository.head().lastSeq();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                int n = i;
                done.add(pool.submit(() -> current.runAsSystem(
                        "test",
                        () -> tx.execute(status -> {
                            audit.record(AuditEntry.of(AuditAction.READ, "TEST", n));
                            return null;
                        }))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<AuditEvent> added = eventsAfter(before);
        assertThat(added).hasSize(80);
        assertThat(added.getLast().seq()).isEqualTo(before + 80);
        assertThat(audit.verify().isIntact()).isTrue();
    }

    /** Changes the trail, verifies, and rolls the change back so other tests see the trail intact. */
    private ChainVerification tamperAndVerify(String sql) {
        return tx.execute(status -> {
            jdbc.sql(sql).update();
            ChainVerification result = audit.verify();
            status.setRollbackOnly();
            return result;
        });
    }
}
