package org.openrcm.app.encounter.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.encounter.EncounterFacts;
import org.openrcm.app.encounter.Encounters;
import org.openrcm.app.encounter.NewEncounter;
import org.openrcm.app.idempotency.IdempotentPosts;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.LocationId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.ProviderId;
import org.openrcm.app.kernel.Refused;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: encounters recorded by programs (a scheduling or EHR system). A POST needs an {@code Idempotency-Key}: sent
 * again with the same body it answers 201 with the same encounter (header {@code Idempotent-Replayed: true}) and
 * records nothing new; with another body it is a 409 problem.
 */
@RestController
@RequestMapping("/api/encounters")
class EncounterApi {
    private final Encounters encounters;
    private final IdempotentPosts posts;

    EncounterApi(Encounters encounters, IdempotentPosts posts) {
        this.encounters = encounters;
        this.posts = posts;
    }

    /** The body of a new encounter; the place of service is the location's. */
    record NewEncounterRequest(
            @Nullable String patientId,
            @Nullable String providerId,
            @Nullable String locationId,
            @Nullable LocalDate dateOfService,
            @Nullable String reason) {

        NewEncounter command() {
            if (patientId == null || providerId == null || locationId == null || dateOfService == null) {
                throw Refused.invalid(
                        "ENCOUNTER_INCOMPLETE",
                        "Send the patientId, providerId, locationId and dateOfService of the encounter.");
            }
            return new NewEncounter(
                    PatientId.parse(patientId),
                    ProviderId.parse(providerId),
                    LocationId.parse(locationId),
                    dateOfService,
                    reason == null ? "" : reason.strip());
        }
    }

    @PostMapping
    ResponseEntity<String> create(
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @RequestBody NewEncounterRequest request) {
        return posts.run(
                        key,
                        "POST /api/encounters",
                        request,
                        201,
                        () -> encounters
                                .facts(encounters.create(request.command()))
                                .orElseThrow(),
                        facts -> facts.id().toString())
                .response();
    }

    /** An encounter's facts (ids, dates, place, status); 404 when it is outside the caller's practices. */
    @GetMapping("/{id}")
    EncounterFacts show(@PathVariable String id) {
        return encounters.facts(EncounterId.parse(id)).orElseThrow(() -> Refused.notFound("encounter"));
    }
}
