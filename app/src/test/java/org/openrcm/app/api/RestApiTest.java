package org.openrcm.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openrcm.app.encounter.Encounters;
import org.openrcm.app.encounter.NewEncounter;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.kernel.LocationId;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PayerId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.ProviderId;
import org.openrcm.app.patient.PatientDetails;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The REST API end to end over HTTP Basic, as a program uses it: an encounter POSTed with an idempotency key, coded
 * and finished into a READY claim, the claim read and printed on the CMS-1500, a finding overridden, the practice's
 * READY claims batched into a stored 837P file; refusals as RFC 9457 problems; the OpenAPI document.
 */
class RestApiTest extends ApplicationTest {
    static final LocalDate DOS = LocalDate.of(2026, 2, 16);

    @Autowired
    CurrentActor current;

    @Autowired
    Patients patients;

    @Autowired
    Practices practices;

    @Autowired
    FeeSchedules fees;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Encounters encounters;

    static MockHttpServletRequestBuilder as(String role, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(role, "openrcm-" + role));
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body, String key) {
        MockHttpServletRequestBuilder r =
                request.contentType(MediaType.APPLICATION_JSON).content(body);
        return key == null ? r : r.header("Idempotency-Key", key);
    }

    @Test
    void theSameKeyAndBodyRecordOneEncounterAndAnotherBodyIsAConflict() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = newEncounterBody("Visit " + key);
        String first = mvc.perform(json(as("coder", post("/api/encounters")), body, key))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "false"))
                .andExpect(jsonPath("$.status").value("AWAITING_CODING"))
                .andExpect(jsonPath("$.dateOfService").value(DOS.toString()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(first, "$.id");

        mvc.perform(json(as("coder", post("/api/encounters")), body, key))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.id").value(id));
        assertThat(encountersWithReason("Visit " + key)).isEqualTo(1);

        mvc.perform(json(as("coder", post("/api/encounters")), newEncounterBody("Another reason"), key))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"));
        // Another key is another encounter.
        String second = mvc.perform(json(
                        as("coder", post("/api/encounters")),
                        body,
                        UUID.randomUUID().toString()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(second, "$.id")).isNotEqualTo(id);
        assertThat(encountersWithReason("Visit " + key)).isEqualTo(2);

        mvc.perform(as("coder", get("/api/encounters/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
    }

    @Test
    void aPostWithoutAKeyIsRefusedAndARefusedPostFreesItsKey() throws Exception {
        mvc.perform(json(as("coder", post("/api/encounters")), newEncounterBody("No key"), null))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REQUIRED"));
        String key = UUID.randomUUID().toString();
        String unknownPatient = newEncounterBody("x")
                .replaceFirst("\"patientId\":\"[^\"]+\"", "\"patientId\":\"" + UUID.randomUUID() + "\"");
        mvc.perform(json(as("coder", post("/api/encounters")), unknownPatient, key))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(json(as("coder", post("/api/encounters")), newEncounterBody("Fixed"), key))
                .andExpect(status().isCreated());
    }

    @Test
    void codedAndFinishedOverRestTheClaimIsReadyPrintsAndBatches() throws Exception {
        String encounter = encounterWithFlatPrices();
        mvc.perform(json(as("coder", put("/api/encounters/" + encounter + "/coding")), coding("E11.9"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.coding.diagnoses[0]").value("E11.9"));
        mvc.perform(as("biller", get("/api/encounters/" + encounter + "/coding")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.coding.lines[1].procedure").value("20610"));
        // A biller does not code.
        mvc.perform(as("biller", post("/api/encounters/" + encounter + "/coding/finish"))
                        .header("Idempotency-Key", UUID.randomUUID().toString()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));

        String key = UUID.randomUUID().toString();
        String outcome = mvc.perform(as("coder", post("/api/encounters/" + encounter + "/coding/finish"))
                        .header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.lines[0].source").value(org.hamcrest.Matchers.containsString("165.00")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String claim = JsonPath.read(outcome, "$.claim");
        mvc.perform(as("coder", post("/api/encounters/" + encounter + "/coding/finish"))
                        .header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.claim").value(claim));
        assertThat(jdbc.sql("select count(*) from claim where encounter_id = :id")
                        .param("id", UUID.fromString(encounter))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(as("biller", get("/api/claims/" + claim)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.claim.status").value("READY"))
                .andExpect(jsonPath("$.claim.id").value(claim))
                .andExpect(jsonPath("$.findings").isArray());
        mvc.perform(as("coder", get("/api/claims").param("practice", "oak").param("status", "READY")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(claim)));
        byte[] pdf = mvc.perform(as("coder", get("/api/claims/" + claim + "/cms1500.pdf")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // A coder does not batch; a biller does, once per key.
        String batch = """
                {"sender":"OAKSUB01","senderName":"OAK FAMILY PRACTICE","contactName":"BILLING OFFICE",
                 "contactPhone":"217-555-0100"}""";
        mvc.perform(json(
                        as("coder", post("/api/practices/OAK/batches")),
                        batch,
                        UUID.randomUUID().toString()))
                .andExpect(status().isForbidden());
        String batchKey = UUID.randomUUID().toString();
        String run = mvc.perform(json(as("biller", post("/api/practices/OAK/batches")), batch, batchKey))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.files").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String file = JsonPath.read(run, "$.files[0].id");
        mvc.perform(json(as("biller", post("/api/practices/OAK/batches")), batch, batchKey))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.files[0].id").value(file));
        mvc.perform(as("biller", get("/api/claims/" + claim)))
                .andExpect(jsonPath("$.claim.status").value("BATCHED"));
        byte[] x12 = mvc.perform(as("biller", get("/api/batches/" + file + "/file")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(x12, StandardCharsets.US_ASCII))
                .startsWith("ISA*")
                .contains("*837*");
    }

    @Test
    void anOverrideNeedsAReasonAndIsDoneOncePerKey() throws Exception {
        String encounter = encounterWithFlatPrices();
        mvc.perform(json(as("coder", put("/api/encounters/" + encounter + "/coding")), coding("E11"), null))
                .andExpect(status().isOk());
        String outcome = mvc.perform(as("coder", post("/api/encounters/" + encounter + "/coding/finish"))
                        .header("Idempotency-Key", UUID.randomUUID().toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String claim = JsonPath.read(outcome, "$.claim");
        List<String> blocking = JsonPath.read(outcome, "$.findings[?(@.route == 'CODER' && !@.override)].id");
        assertThat(blocking).isNotEmpty();
        String path = "/api/claims/" + claim + "/findings/" + blocking.getFirst() + "/override";

        mvc.perform(json(
                        as("coder", post(path)),
                        "{\"reason\":\"  \"}",
                        UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("REASON_REQUIRED"));
        String key = UUID.randomUUID().toString();
        String reason = "{\"reason\":\"Payer contract accepts the category code\"}";
        mvc.perform(json(as("coder", post(path)), reason, key)).andExpect(status().isOk());
        mvc.perform(json(as("coder", post(path)), reason, key))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        // With a new key it is a new request, refused: the finding no longer holds the claim.
        mvc.perform(json(as("coder", post(path)), reason, UUID.randomUUID().toString()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code", oneOf("ALREADY_OVERRIDDEN", "NOT_DRAFT")));
    }

    @Test
    void outsideThePracticeIsNotFoundAndWithoutSignInUnauthorized() throws Exception {
        String riv = asSystem(() -> encounterIn("RIV", "Outside"));
        mvc.perform(as("coder", get("/api/encounters/" + riv)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(as("biller", get("/api/encounters/" + riv))).andExpect(status().isOk());
        mvc.perform(as("coder", get("/api/claims").param("practice", "RIV"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/claims").param("practice", "OAK"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(post("/api/encounters")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDocumentListsThePathsForSignedInUsers() throws Exception {
        mvc.perform(as("biller", get("/api/openapi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/encounters'].post").exists())
                .andExpect(jsonPath("$.paths['/api/encounters/{id}'].get").exists())
                .andExpect(
                        jsonPath("$.paths['/api/encounters/{id}/coding'].put").exists())
                .andExpect(jsonPath("$.paths['/api/encounters/{id}/coding/finish'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/claims'].get").exists())
                .andExpect(jsonPath("$.paths['/api/claims/{id}'].get").exists())
                .andExpect(
                        jsonPath("$.paths['/api/claims/{id}/cms1500.pdf'].get").exists())
                .andExpect(jsonPath("$.paths['/api/claims/{id}/findings/{findingId}/override'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/practices/{code}/batches'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/batches/{id}/file'].get").exists())
                .andExpect(jsonPath("$.paths['/api/codes/{system}/{code}'].get").exists())
                .andExpect(jsonPath("$.paths.keys()", not(hasItem("/login"))));
        mvc.perform(get("/api/openapi")).andExpect(status().isUnauthorized());
    }

    static String coding(String header) {
        return """
                {"diagnoses":["%s","I10"],
                 "lines":[{"procedure":"99214","modifiers":["25"],"units":1,"pointers":[1,2]},
                          {"procedure":"20610","modifiers":["RT"],"units":2,"pointers":[1],
                           "serviceDate":"%s"}]}""".formatted(header, DOS.plusDays(1));
    }

    /** The body of a new OAK encounter for a demo patient with a coverage. */
    String newEncounterBody(String reason) {
        return asSystem(() -> {
            Parts p = parts("OAK");
            return """
                    {"patientId":"%s","providerId":"%s","locationId":"%s","dateOfService":"%s","reason":"%s"}""".formatted(p.patient(), p.provider(), p.location(), DOS, reason);
        });
    }

    /** A new OAK encounter (created over REST by the coder) whose payer has flat prices at OAK. */
    String encounterWithFlatPrices() throws Exception {
        String created = mvc.perform(json(
                        as("coder", post("/api/encounters")),
                        newEncounterBody("Knee pain"),
                        UUID.randomUUID().toString()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        asSystem(() -> {
            PracticeId oak = demo.practice("OAK").id();
            PayerId payer = patients.find(parts("OAK").patient())
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
        return JsonPath.read(created, "$.id");
    }

    record Parts(PatientId patient, ProviderId provider, LocationId location) {}

    Parts parts(String practiceCode) {
        for (PatientSummary patient : demo.patientsOf(practiceCode)) {
            PatientDetails details = patients.find(patient.id()).orElseThrow();
            if (details.coverages().isEmpty()) {
                continue;
            }
            PracticeId practice = details.practice().id();
            ProviderView provider = practices.allProviders().stream()
                    .filter(p -> p.practiceId().equals(practice))
                    .findFirst()
                    .orElseThrow();
            LocationView location = practices.locations().stream()
                    .filter(l -> l.practiceId().equals(practice)
                            && l.placeOfService().equals("11"))
                    .findFirst()
                    .orElseThrow();
            return new Parts(patient.id(), provider.id(), location.id());
        }
        throw new IllegalStateException("no demo patient with a coverage in " + practiceCode);
    }

    String encounterIn(String practiceCode, String reason) {
        Parts p = parts(practiceCode);
        return encounters
                .create(new NewEncounter(p.patient(), p.provider(), p.location(), DOS, reason))
                .toString();
    }

    <T> T asSystem(java.util.function.Supplier<T> work) {
        return current.runAsSystem("test", work);
    }

    long encountersWithReason(String reason) {
        return jdbc.sql("select count(*) from encounter where reason = :reason")
                .param("reason", reason)
                .query(Long.class)
                .single();
    }
}
