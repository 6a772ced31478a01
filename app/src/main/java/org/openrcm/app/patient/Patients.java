package org.openrcm.app.patient;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openrcm.app.audit.AuditAction;
import org.openrcm.app.audit.AuditEntry;
import org.openrcm.app.audit.AuditLog;
import org.openrcm.app.audit.AuditOutcome;
import org.openrcm.app.identity.AccessScope;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.kernel.CoverageId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PayerId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.practice.PayerView;
import org.openrcm.app.practice.PracticeView;
import org.openrcm.app.practice.Practices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the patient module. Every method that reads or writes patient data writes an audit event in the same
 * transaction; a patient of a practice outside the actor's scope is answered exactly like one that does not exist.
 */
@Service
public class Patients {
    public static final int PAGE_SIZE = 50;

    private final PatientRepository repository;
    private final Practices practices;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;

    Patients(PatientRepository repository, Practices practices, CurrentActor current, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.practices = practices;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PatientId register(NewPatient patient) {
        PracticeView practice =
                practices.practice(patient.practiceId()).orElseThrow(() -> Refused.notFound("practice"));
        PatientId id = PatientId.random();
        repository.insert(id, patient, repository.nextAccountNumber(practice.id(), practice.code()), clock.instant());
        audit.record(AuditEntry.of(AuditAction.CREATE, "PATIENT", id)
                .practice(practice.id())
                .patient(id));
        return id;
    }

    @Transactional
    public CoverageId addCoverage(NewCoverage coverage) {
        AccessScope scope = current.scope();
        PracticeId practice =
                repository.practiceOf(scope, coverage.patientId()).orElseThrow(() -> Refused.notFound("patient"));
        if (practices.payers().stream().noneMatch(p -> p.id().equals(coverage.payerId()))) {
            throw Refused.notFound("payer");
        }
        CoverageId id = CoverageId.random();
        repository.insertCoverage(id, practice, coverage, clock.instant());
        audit.record(AuditEntry.of(AuditAction.CREATE, "COVERAGE", id)
                .practice(practice)
                .patient(coverage.patientId()));
        return id;
    }

    /** The patient with coverages, or empty when it does not exist or is outside the actor's practices. */
    @Transactional
    public Optional<PatientDetails> find(PatientId id) {
        AccessScope scope = current.scope();
        Optional<PatientRepository.PatientRow> row = repository.find(scope, id);
        if (row.isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.READ, "PATIENT", id).outcome(AuditOutcome.NOT_FOUND));
            return Optional.empty();
        }
        PatientSummary summary = row.get().summary();
        PracticeView practice =
                practices.practice(summary.practiceId()).orElseThrow(() -> new IllegalStateException("practice"));
        Map<PayerId, PayerView> payers =
                practices.payers().stream().collect(Collectors.toMap(PayerView::id, Function.identity()));
        List<CoverageView> coverages = repository.coverages(scope, id).stream()
                .map(c -> new CoverageView(
                        c.id(),
                        payers.get(c.payerId()),
                        c.priority(),
                        c.memberId(),
                        c.groupNumber(),
                        c.relationship(),
                        c.subscriberLast() == null ? null : c.subscriberLast() + ", " + c.subscriberFirst(),
                        c.subscriberBirthDate(),
                        c.effectiveFrom(),
                        c.effectiveTo()))
                .toList();
        audit.record(AuditEntry.of(AuditAction.READ, "PATIENT", id)
                .practice(practice.id())
                .patient(id));
        return Optional.of(new PatientDetails(
                summary,
                practice,
                row.get().middleName(),
                row.get().address(),
                row.get().phone(),
                row.get().email(),
                coverages));
    }

    /** The practice of a patient the actor may see; reveals no patient data, so it is not audited. */
    @Transactional(readOnly = true)
    public Optional<PracticeId> practiceOf(PatientId id) {
        return repository.practiceOf(current.scope(), id);
    }

    /**
     * Patients of the practices in focus matching the search; an empty search lists them all by name. The audit
     * event records how many were shown, not what was typed.
     */
    @Transactional
    public PatientPage search(PatientSearch search, int offset) {
        int start = Math.max(0, offset);
        List<PatientSummary> found =
                new ArrayList<>(repository.search(current.scope().focus(), search, start, PAGE_SIZE + 1));
        boolean more = found.size() > PAGE_SIZE;
        if (more) {
            found.removeLast();
        }
        audit.record(AuditEntry.of(AuditAction.SEARCH, "PATIENT", null).detail(found.size() + " results"));
        return new PatientPage(found, start, more);
    }

    /** Summaries of the given patients the actor may see (others are left out); audited as one read. */
    @Transactional
    public List<PatientSummary> summaries(Collection<PatientId> ids) {
        List<PatientSummary> found = repository.summaries(current.scope(), ids);
        if (!found.isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.READ, "PATIENT_LIST", null).detail(found.size() + " patients"));
        }
        return found;
    }

    /** Patients per practice in focus; counts are not patient data. */
    @Transactional(readOnly = true)
    public Map<PracticeId, Long> countByPractice() {
        return repository.countByPractice(current.scope().focus());
    }
}
