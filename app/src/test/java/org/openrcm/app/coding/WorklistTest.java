package org.openrcm.app.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openrcm.app.encounter.Encounters;
import org.openrcm.app.encounter.NewEncounter;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.kernel.PayerId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.kernel.UserId;
import org.openrcm.app.patient.PatientSummary;
import org.openrcm.app.patient.Patients;
import org.openrcm.app.practice.FeeSchedules;
import org.openrcm.app.practice.FlatPrice;
import org.openrcm.app.practice.LocationView;
import org.openrcm.app.practice.Practices;
import org.openrcm.app.practice.ProviderView;
import org.openrcm.app.testing.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/**
 * The coding worklist on PostgreSQL: oldest first, narrowed by provider, specialty and "mine", the Take button, the
 * assignment rules, the API, and an encounter leaving the list once its coding is finished into a ready claim.
 * Encounters are dated 2001 so they come before everything else the shared test database holds.
 */
class WorklistTest extends ApplicationTest {
    static final LocalDate OLD = LocalDate.of(2001, 3, 1);

    @Autowired
    Coding coding;

    @Autowired
    Encounters encounters;

    @Autowired
    Patients patients;

    @Autowired
    Practices practices;

    @Autowired
    FeeSchedules fees;

    @Autowired
    CurrentActor current;

    @Autowired
    JdbcClient jdbc;

    @Test
    void oldestFirstAndNarrowedByProviderAndSpecialty() {
        ProviderView chen = provider("Chen");
        ProviderView okafor = provider("Okafor");
        ProviderView natarajan = provider("Natarajan");
        EncounterId later = newEncounter(chen, OLD.plusDays(1));
        EncounterId older = newEncounter(chen, OLD);
        EncounterId otherProvider = newEncounter(okafor, OLD);
        EncounterId orthopaedic = newEncounter(natarajan, OLD);

        List<WorklistRow> all = asSystem(() -> coding.worklist(null, null, null, null));
        List<EncounterId> ids = all.stream().map(WorklistRow::encounter).toList();
        assertThat(ids).contains(later, older, otherProvider, orthopaedic);
        assertThat(ids.indexOf(older)).isLessThan(ids.indexOf(later));
        assertThat(all).extracting(WorklistRow::dateOfService).isSorted();
        WorklistRow row = all.get(ids.indexOf(older));
        assertThat(row.providerName()).isEqualTo("Maria Chen, MD");
        assertThat(row.specialty()).isEqualTo("Family Medicine");
        assertThat(row.status()).isEqualTo(WorklistStatus.AWAITING_CODING);
        assertThat(row.ageInDays()).isGreaterThan(9000);
        assertThat(row.patientName()).contains(", ");

        List<EncounterId> chens = asSystem(() -> coding.worklist(null, chen.id(), null, null)).stream()
                .map(WorklistRow::encounter)
                .toList();
        assertThat(chens).contains(older, later).doesNotContain(otherProvider, orthopaedic);

        List<WorklistRow> surgery = asSystem(() -> coding.worklist(null, null, "orthopaedic surgery", null));
        assertThat(surgery)
                .extracting(WorklistRow::encounter)
                .contains(orthopaedic)
                .doesNotContain(older);
        assertThat(surgery).extracting(WorklistRow::specialty).containsOnly("Orthopaedic Surgery");

        PracticeId riv = demo.practice("RIV").id();
        assertThat(asSystem(() -> coding.worklist(riv, null, null, null)))
                .extracting(WorklistRow::encounter)
                .contains(orthopaedic)
                .doesNotContain(older, otherProvider);
    }

    @Test
    void theCoderTakesAnEncounterAndItLeavesTheListWhenFinished() throws Exception {
        EncounterId encounter = encounterWithFlatPrices();
        MockHttpSession coder = signIn("coder", "openrcm-coder");

        String page = page(coder, "/coding");
        assertThat(page)
                .contains("Coding worklist")
                .contains("href=\"/coding\"")
                .contains("Take");
        mvc.perform(post("/coding/{id}/take", encounter).session(coder).with(csrf()))
                .andExpect(status().is3xxRedirection());
        UserId me = coderId();
        assertThat(mine(me)).contains(encounter);
        String minePage = page(coder, "/coding?mine=true");
        assertThat(minePage).contains("data-encounter=\"" + encounter + "\"").contains("Casey");

        mvc.perform(put("/api/encounters/{id}/coding", encounter)
                        .with(httpBasic("coder", "openrcm-coder"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"diagnoses": ["E119", "I10"],
                                 "lines": [{"procedure": "99214", "modifiers": ["25"], "units": 1, "pointers": [1, 2]}]}"""))
                .andExpect(status().isOk());
        assertThat(asSystem(() -> coding.worklist(null, null, null, me)))
                .filteredOn(r -> r.encounter().equals(encounter))
                .extracting(WorklistRow::status)
                .containsExactly(WorklistStatus.IN_PROGRESS);
        mvc.perform(post("/api/encounters/{id}/coding/finish", encounter)
                        .with(httpBasic("coder", "openrcm-coder"))
                        .header("Idempotency-Key", UUID.randomUUID().toString()))
                .andExpect(status().isCreated());
        assertThat(mine(me)).doesNotContain(encounter);
    }

    @Test
    void aCoderTakesOnlyForThemselvesAndOnlyCodersOfThePracticeAreAssigned() throws Exception {
        ProviderView chen = provider("Chen");
        EncounterId encounter = newEncounter(chen, OLD);
        UserId coder = coderId();
        UserId biller = userId("biller");

        assertThatThrownBy(() -> asSystem(() -> coding.assign(encounter, biller)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("NOT_A_CODER"));
        EncounterId atRiverside = newEncounter(provider("Natarajan"), OLD);
        assertThatThrownBy(() -> asSystem(() -> coding.assign(atRiverside, coder)))
                .as("the demo coder works at Oak only")
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("NOT_A_CODER"));

        // The manager assigns through the API; the coder may not hand it to someone else.
        String body = "{\"coder\": \"" + coder.value() + "\"}";
        mvc.perform(post("/api/encounters/{id}/assignment", encounter)
                        .with(httpBasic("manager", "openrcm-manager"))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk());
        assertThat(mine(coder)).contains(encounter);
        mvc.perform(post("/api/encounters/{id}/assignment", encounter)
                        .with(httpBasic("coder", "openrcm-coder"))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"coder\": \"" + biller.value() + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/encounters/{id}/assignment", encounter)
                        .with(httpBasic("coder", "openrcm-coder"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where entity_type = 'CODING_ASSIGNMENT' and entity_id = :id")
                        .param("id", encounter.value().toString())
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void theApiListsTheRowsAndABillerIsKeptOut() throws Exception {
        EncounterId encounter = newEncounter(provider("Okafor"), OLD);
        String json = mvc.perform(get("/api/coding/worklist")
                        .param("provider", provider("Okafor").id().toString())
                        .with(httpBasic("coder", "openrcm-coder")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json)
                .contains("\"encounter\":\"" + encounter + "\"")
                .contains("\"status\":\"AWAITING_CODING\"")
                .contains("James Okafor, DO")
                .doesNotContain("Maria Chen");

        MockHttpSession biller = signIn("biller", "openrcm-biller");
        mvc.perform(get("/coding").session(biller)).andExpect(status().isForbidden());
        assertThat(page(biller, "/patients")).doesNotContain("href=\"/coding\"");
        mvc.perform(get("/api/coding/worklist").with(httpBasic("biller", "openrcm-biller")))
                .andExpect(status().isForbidden());
    }

    String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    List<EncounterId> mine(UserId coder) {
        return asSystem(() -> coding.worklist(null, null, null, coder)).stream()
                .map(WorklistRow::encounter)
                .toList();
    }

    UserId coderId() {
        return userId("coder");
    }

    UserId userId(String username) {
        return new UserId(jdbc.sql("select id from app_user where username = :u")
                .param("u", username)
                .query(UUID.class)
                .single());
    }

    ProviderView provider(String lastName) {
        return asSystem(() -> practices.allProviders().stream()
                .filter(p -> p.lastName().equals(lastName))
                .findFirst()
                .orElseThrow());
    }

    /** A new encounter seen by the provider on the date, for a demo patient of its practice with a coverage. */
    EncounterId newEncounter(ProviderView provider, LocalDate date) {
        return asSystem(() -> {
            String code = practices.allProviders().stream()
                    .filter(p -> p.id().equals(provider.id()))
                    .map(p -> practices.practices().stream()
                            .filter(x -> x.id().equals(p.practiceId()))
                            .findFirst()
                            .orElseThrow()
                            .code())
                    .findFirst()
                    .orElseThrow();
            for (PatientSummary patient : demo.patientsOf(code)) {
                if (patients.find(patient.id()).orElseThrow().coverages().isEmpty()) {
                    continue;
                }
                LocationView location = practices.locations().stream()
                        .filter(l -> l.practiceId().equals(provider.practiceId())
                                && l.placeOfService().equals("11"))
                        .findFirst()
                        .orElseThrow();
                return encounters.create(
                        new NewEncounter(patient.id(), provider.id(), location.id(), date, "Follow-up"));
            }
            throw new IllegalStateException("no demo patient with a coverage");
        });
    }

    /** A recent Oak encounter whose payer has a flat price list, so finishing its coding makes a ready claim. */
    EncounterId encounterWithFlatPrices() {
        // a day no other test bills for this patient, so the claim is no duplicate of theirs
        EncounterId encounter = newEncounter(provider("Chen"), LocalDate.of(2026, 1, 27));
        asSystem(() -> {
            PracticeId oak = demo.practice("OAK").id();
            PayerId payer = encounters
                    .facts(encounter)
                    .flatMap(e -> patients.find(e.patientId()))
                    .orElseThrow()
                    .coverages()
                    .getFirst()
                    .payer()
                    .id();
            fees.useFlatSchedule(oak, payer, "Oak test prices");
            fees.putFlatPrices(
                    oak,
                    payer,
                    List.of(
                            new FlatPrice("99214", "25", Money.of("165.00")),
                            new FlatPrice("99214", "", Money.of("150.00")),
                            new FlatPrice("20610", "", Money.of("120.00"))));
            return null;
        });
        return encounter;
    }

    <T> T asSystem(Supplier<T> work) {
        return current.runAsSystem("test", work);
    }
}
