package org.openrcm.app.encounter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openrcm.app.audit.AuditAction;
import org.openrcm.app.audit.AuditEntry;
import org.openrcm.app.audit.AuditLog;
import org.openrcm.app.audit.AuditOutcome;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.LocationId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.ProviderId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.patient.Patients;
import org.openrcm.app.practice.LocationView;
import org.openrcm.app.practice.Practices;
import org.openrcm.app.practice.ProviderView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Facade of the encounter module; scoped and audited like patients. */
@Service
public class Encounters {
    private final EncounterRepository repository;
    private final Patients patients;
    private final Practices practices;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;

    Encounters(
            EncounterRepository repository,
            Patients patients,
            Practices practices,
            CurrentActor current,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.patients = patients;
        this.practices = practices;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records an encounter; the provider and the location must belong to the patient's practice. A refusal for an
     * unknown patient keeps its audit event (nothing else is written before the checks).
     */
    @Transactional(noRollbackFor = Refused.class)
    public EncounterId create(NewEncounter encounter) {
        Optional<PracticeId> found = patients.practiceOf(encounter.patientId());
        if (found.isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.CREATE, "ENCOUNTER", null)
                    .outcome(AuditOutcome.NOT_FOUND)
                    .detail("patient " + encounter.patientId()));
            throw Refused.notFound("patient");
        }
        PracticeId practice = found.get();
        ProviderView provider = practices.allProviders().stream()
                .filter(p ->
                        p.id().equals(encounter.providerId()) && p.practiceId().equals(practice))
                .findFirst()
                .orElseThrow(() -> Refused.invalid(
                        "PROVIDER_OF_OTHER_PRACTICE", "The provider does not work for the patient's practice."));
        LocationView location = practices.locations().stream()
                .filter(l ->
                        l.id().equals(encounter.locationId()) && l.practiceId().equals(practice))
                .findFirst()
                .orElseThrow(() -> Refused.invalid(
                        "LOCATION_OF_OTHER_PRACTICE", "The location does not belong to the patient's practice."));
        EncounterId id = EncounterId.random();
        repository.insert(
                new EncounterRepository.Row(
                        id,
                        practice,
                        encounter.patientId(),
                        provider.id(),
                        location.id(),
                        encounter.dateOfService(),
                        location.placeOfService(),
                        encounter.reason(),
                        EncounterStatus.AWAITING_CODING),
                clock.instant());
        audit.record(AuditEntry.of(AuditAction.CREATE, "ENCOUNTER", id)
                .practice(practice)
                .patient(encounter.patientId()));
        return id;
    }

    /** A patient's encounters, newest first; empty (and audited as not found) for a patient outside the scope. */
    @Transactional
    public Optional<List<EncounterView>> forPatient(PatientId patient) {
        Optional<PracticeId> found = patients.practiceOf(patient);
        if (found.isEmpty()) {
            audit.record(
                    AuditEntry.of(AuditAction.READ, "ENCOUNTER_LIST", patient).outcome(AuditOutcome.NOT_FOUND));
            return Optional.empty();
        }
        PracticeId practice = found.get();
        Map<ProviderId, ProviderView> providers =
                practices.allProviders().stream().collect(Collectors.toMap(ProviderView::id, Function.identity()));
        Map<LocationId, LocationView> locations =
                practices.locations().stream().collect(Collectors.toMap(LocationView::id, Function.identity()));
        List<EncounterView> encounters = repository.forPatient(current.scope(), patient).stream()
                .map(row -> new EncounterView(
                        row.id(),
                        row.practiceId(),
                        row.patientId(),
                        row.dateOfService(),
                        providers.get(row.providerId()).displayName(),
                        locations.get(row.locationId()).name(),
                        row.placeOfService(),
                        row.reason(),
                        row.status()))
                .toList();
        audit.record(AuditEntry.of(AuditAction.READ, "ENCOUNTER_LIST", null)
                .practice(practice)
                .patient(patient)
                .detail(encounters.size() + " encounters"));
        return Optional.of(encounters);
    }

    /**
     * The facts of one encounter (ids, date and place of service, status) for the modules that code and bill it;
     * empty when it does not exist or is outside the actor's practices. Reveals no personal data, so it is not
     * audited; the caller audits what it does with the encounter.
     */
    @Transactional(readOnly = true)
    public Optional<EncounterFacts> facts(EncounterId id) {
        return repository
                .find(current.scope(), id)
                .map(row -> new EncounterFacts(
                        row.id(),
                        row.practiceId(),
                        row.patientId(),
                        row.providerId(),
                        row.locationId(),
                        row.dateOfService(),
                        row.placeOfService(),
                        row.status()));
    }

    /** Moves an encounter to {@code status} (the coding workflow does: coded, billed); audited. */
    @Transactional
    public void changeStatus(EncounterId id, EncounterStatus status) {
        EncounterFacts facts = facts(id).orElseThrow(() -> Refused.notFound("encounter"));
        repository.setStatus(current.scope(), id, status);
        audit.record(AuditEntry.of(AuditAction.UPDATE, "ENCOUNTER", id)
                .practice(facts.practiceId())
                .patient(facts.patientId())
                .detail(facts.status() + " -> " + status));
    }

    /** Encounters per practice in focus with a date of service on or after {@code since}. */
    @Transactional(readOnly = true)
    public Map<PracticeId, Long> countSince(LocalDate since) {
        return repository.countByPractice(current.scope().focus(), since);
    }

    @Transactional(readOnly = true)
    public Map<PracticeId, Long> countAwaitingCoding() {
        return repository.countAwaitingCoding(current.scope().focus());
    }
}
