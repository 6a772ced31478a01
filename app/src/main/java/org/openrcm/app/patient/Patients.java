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
import org.openrcm.app.practice.PracticeCreated;
import org.openrcm.app.practice.PracticeView;
import org.openrcm.app.practice.Practices;
import org.springframework.context.event.EventListener;
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

    /** Adds a coverage; the payer must be one the patient's billing company bills. */
    @Transactional(noRollbackFor = Refused.class)
    public CoverageId addCoverage(NewCoverage coverage) {
        AccessScope scope = current.scope();
        Optional<PracticeId> found = repository.practiceOf(scope, coverage.patientId());
        if (found.isEmpty()) {
            // Kept although refused (nothing else was written): an attempt on an unknown patient is worth knowing.
            audit.record(AuditEntry.of(AuditAction.CREATE, "COVERAGE", null)
                    .outcome(AuditOutcome.NOT_FOUND)
                    .detail("patient " + coverage.patientId()));
            throw Refused.notFound("patient");
        }
        PracticeId practice = found.get();
        var company = practices.practice(practice).orElseThrow().companyId();
        if (practices.payers().stream()
                .noneMatch(
                        p -> p.id().equals(coverage.payerId()) && p.companyId().equals(company))) {
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

    /** Every practice numbers its patients' accounts from 1. */
    @EventListener
    void onPracticeCreated(PracticeCreated created) {
        repository.startAccountNumbers(created.practiceId());
    }

    /** The practice of a patient the actor may see; reveals no patient data, so it is not audited. */
    @Transactional(readOnly = true)
    public Optional<PracticeId> practiceOf(PatientId id) {
        return repository.practiceOf(current.scope(), id);
    }

    /** Patients of the practices in focus matching the search, a page at a time; an empty search lists them all. */
    @Transactional
    public PatientPage search(PatientSearch search, int offset) {
        int start = Math.max(0, offset);
        List<PatientSummary> found =
                new ArrayList<>(repository.search(current.scope().focus(), search, start, PAGE_SIZE + 1));
        boolean more = found.size() > PAGE_SIZE;
        if (more) {
            found.removeLast();
        }
        auditListed(found, "search results");
        return new PatientPage(found, start, more);
    }

    /** The first few matches, for type-ahead. */
    @Transactional
    public List<PatientSummary> quickSearch(PatientSearch search, int limit) {
        List<PatientSummary> found = repository.search(current.scope().focus(), search, 0, limit);
        auditListed(found, "quick search");
        return found;
    }

    /** The ids of matching patients, used as a filter and not shown: audited as one search with its count. */
    @Transactional
    public List<PatientId> idsMatching(PatientSearch search) {
        List<PatientId> ids = repository.search(current.scope().focus(), search, 0, 500).stream()
                .map(PatientSummary::id)
                .toList();
        audit.record(AuditEntry.of(AuditAction.SEARCH, "PATIENT", null).detail(ids.size() + " matches, as a filter"));
        return ids;
    }

    /** Summaries of the given patients the actor may see (others are left out); {@code where} they are shown. */
    @Transactional
    public List<PatientSummary> summaries(Collection<PatientId> ids, String where) {
        List<PatientSummary> found = repository.summaries(current.scope(), ids);
        auditListed(found, where);
        return found;
    }

    /**
     * One event per patient shown, so each patient's access log lists every screen their name appeared on; a
     * search that shows nobody is one event.
     */
    private void auditListed(List<PatientSummary> shown, String where) {
        if (shown.isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.SEARCH, "PATIENT", null).detail("0 results"));
            return;
        }
        audit.recordAll(shown.stream()
                .map(p -> AuditEntry.of(AuditAction.LIST, "PATIENT", p.id())
                        .practice(p.practiceId())
                        .patient(p.id())
                        .detail(where))
                .toList());
    }

    /** Patients per practice in focus; counts are not patient data. */
    @Transactional(readOnly = true)
    public Map<PracticeId, Long> countByPractice() {
        return repository.countByPractice(current.scope().focus());
    }
}
