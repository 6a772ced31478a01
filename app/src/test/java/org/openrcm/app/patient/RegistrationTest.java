package org.openrcm.app.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.practice.Address;
import org.openrcm.app.testing.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RegistrationTest extends ApplicationTest {
    @Autowired
    Patients patients;

    @Autowired
    CurrentActor current;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentRegistrationsGetDistinctAccountNumbersInSequence() throws Exception {
        var oak = demo.practice("OAK");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<PatientId>> registered = new ArrayList<>();
        try {
            for (int i = 0; i < 24; i++) {
                int n = i;
                registered.add(pool.submit(() -> current.runAsSystem(
                        "test",
                        () -> patients.register(new NewPatient(
                                oak.id(),
                                "PARALLEL",
                                "PATIENT" + (char) ('A' + n),
                                null,
                                LocalDate.of(1980, 1, 1).plusDays(n),
                                Sex.U,
                                new Address("1 Test St", null, "Springfield", "IL", "62701"),
                                null,
                                null)))));
            }
            for (Future<PatientId> f : registered) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<String> numbers = jdbc.sql("select account_number from patient where last_name = 'PARALLEL'")
                .query(String.class)
                .list();
        assertThat(numbers).hasSize(24).doesNotHaveDuplicates().allMatch(n -> n.matches("OAK-\\d{6}"));
        long highest = jdbc.sql("select last_number from patient_account_counter where practice_id = :p")
                .param("p", oak.id().value())
                .query(Long.class)
                .single();
        assertThat(numbers).contains("OAK-%06d".formatted(highest));
    }
}
