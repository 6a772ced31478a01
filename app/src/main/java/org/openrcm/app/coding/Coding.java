package org.openrcm.app.coding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.audit.AuditAction;
import org.openrcm.app.audit.AuditEntry;
import org.openrcm.app.audit.AuditLog;
import org.openrcm.app.audit.AuditOutcome;
import org.openrcm.app.claim.ClaimContent;
import org.openrcm.app.claim.ClaimScrubGate;
import org.openrcm.app.claim.ClaimStatus;
import org.openrcm.app.claim.ClaimView;
import org.openrcm.app.claim.Claims;
import org.openrcm.app.claim.ScrubOutcome;
import org.openrcm.app.claim.ServiceLine;
import org.openrcm.app.encounter.EncounterFacts;
import org.openrcm.app.encounter.EncounterStatus;
import org.openrcm.app.encounter.Encounters;
import org.openrcm.app.identity.Actor;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.identity.Identity;
import org.openrcm.app.identity.Role;
import org.openrcm.app.identity.UserSummary;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.ProviderId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.kernel.UserId;
import org.openrcm.app.patient.CoverageView;
import org.openrcm.app.patient.PatientDetails;
import org.openrcm.app.patient.PatientSummary;
import org.openrcm.app.patient.Patients;
import org.openrcm.app.practice.ChargeQuote;
import org.openrcm.app.practice.FeeSchedules;
import org.openrcm.app.practice.Practices;
import org.openrcm.app.practice.ProviderView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the coding module: saves the codes of an encounter while the coder works, and finishes a coding by
 * pricing its lines from the practice's fee schedule for the patient's primary payer, creating the draft claim and
 * passing it through the scrub gate. Works within the actor's practices (an encounter outside them is "not found");
 * every call is audited; a refusal changes nothing. Also keeps the coding worklist: the encounters not yet billed,
 * oldest first, and the coder assigned to each.
 */
@Service
public class Coding {
    /** The most rows the worklist shows; the oldest come first, so these are the ones to work. */
    public static final int WORKLIST_LIMIT = 200;

    private final CodingRepository repository;
    private final Encounters encounters;
    private final Patients patients;
    private final FeeSchedules fees;
    private final Claims claims;
    private final ClaimScrubGate gate;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;
    private final WorklistRepository worklist;
    private final Practices practices;
    private final Identity identity;

    Coding(
            CodingRepository repository,
            Encounters encounters,
            Patients patients,
            FeeSchedules fees,
            Claims claims,
            ClaimScrubGate gate,
            CurrentActor current,
            AuditLog audit,
            Clock clock,
            WorklistRepository worklist,
            Practices practices,
            Identity identity) {
        this.repository = repository;
        this.encounters = encounters;
        this.patients = patients;
        this.fees = fees;
        this.claims = claims;
        this.gate = gate;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
        this.worklist = worklist;
        this.practices = practices;
        this.identity = identity;
    }

    /**
     * The coding worklist: encounters not yet billed (awaiting coding, in progress, or held at the scrub gate by a
     * finding), oldest date of service first, at most {@link #WORKLIST_LIMIT}. {@code practice} null means the
     * practices in focus; the other filters null mean any. Each patient shown is audited, as on the patient lists.
     */
    @Transactional
    public List<WorklistRow> worklist(
            @Nullable PracticeId practice,
            @Nullable ProviderId provider,
            @Nullable String specialty,
            @Nullable UserId assignee) {
        Collection<PracticeId> scope;
        if (practice == null) {
            scope = current.scope().focus().practices();
        } else if (current.scope().includes(practice)) {
            scope = Set.of(practice);
        } else {
            throw Refused.notFound("practice");
        }
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<ProviderId, ProviderView> providers =
                practices.allProviders().stream().collect(Collectors.toMap(ProviderView::id, Function.identity()));
        List<ProviderId> wanted = null;
        String speciality = specialty == null || specialty.isBlank() ? null : specialty.strip();
        if (provider != null || speciality != null) {
            wanted = providers.values().stream()
                    .filter(p -> provider == null || p.id().equals(provider))
                    .filter(p -> speciality == null || p.specialty().equalsIgnoreCase(speciality))
                    .map(ProviderView::id)
                    .toList();
            if (wanted.isEmpty()) {
                return List.of();
            }
        }
        List<WorklistRepository.Entry> entries = worklist.entries(scope, wanted, assignee, WORKLIST_LIMIT);
        Map<PatientId, PatientSummary> shown = patients
                .summaries(
                        entries.stream()
                                .map(WorklistRepository.Entry::patientId)
                                .distinct()
                                .toList(),
                        "coding worklist")
                .stream()
                .collect(Collectors.toMap(PatientSummary::id, Function.identity()));
        Map<UserId, String> coders =
                identity.colleagues().stream().collect(Collectors.toMap(UserSummary::id, UserSummary::displayName));
        LocalDate today = LocalDate.now(clock);
        return entries.stream()
                .filter(e -> shown.containsKey(e.patientId()))
                .map(e -> {
                    ProviderView seenBy = providers.get(e.providerId());
                    PatientSummary patient = shown.get(e.patientId());
                    return new WorklistRow(
                            e.encounter(),
                            e.practiceId(),
                            e.dateOfService(),
                            ChronoUnit.DAYS.between(e.dateOfService(), today),
                            seenBy == null ? "" : seenBy.displayName(),
                            seenBy == null ? "" : seenBy.specialty(),
                            e.patientId(),
                            patient.displayName(),
                            patient.accountNumber(),
                            e.status(),
                            e.assignee(),
                            e.assignee() == null ? null : coders.getOrDefault(e.assignee(), "(another company)"));
                })
                .toList();
    }

    /**
     * Assigns the encounter's coding to {@code coder}. A manager or administrator assigns any coder of the
     * encounter's practice; a coder only takes an encounter for themselves, and not one another coder holds.
     * Refused: FORBIDDEN (403), NOT_A_CODER (the user is no enabled coder of the practice), ASSIGNED_TO_ANOTHER,
     * ALREADY_BILLED. Audited.
     */
    @Transactional
    public CodingAssignment assign(EncounterId id, UserId coder) {
        EncounterFacts encounter = encounter(id, AuditAction.UPDATE);
        Actor actor = current.actor();
        boolean manages = actor.isSystem() || actor.hasRole(Role.MANAGER) || actor.hasRole(Role.ADMIN);
        if (!manages && !(actor.hasRole(Role.CODER) && coder.equals(actor.userId()))) {
            throw new Refused(
                    "FORBIDDEN",
                    403,
                    "A coder takes encounters for themselves; only a manager assigns them to others.");
        }
        if (encounter.status() == EncounterStatus.BILLED) {
            throw Refused.conflict(
                    "ALREADY_BILLED", "This encounter is coded and billed; there is nothing left to assign.");
        }
        if (!identity.isCoderOf(coder, encounter.practiceId())) {
            throw Refused.invalid(
                    "NOT_A_CODER", "That user is not a coder of this encounter's practice; pick one of its coders.");
        }
        Optional<UserId> held = worklist.lockAssignee(id);
        if (!manages && held.isPresent() && !held.get().equals(coder)) {
            throw Refused.conflict(
                    "ASSIGNED_TO_ANOTHER", "Another coder already works this encounter; ask a manager to reassign it.");
        }
        var now = clock.instant();
        worklist.assign(encounter.practiceId(), id, coder, actor.userId(), held.isPresent(), now);
        audit.record(AuditEntry.of(AuditAction.UPDATE, "CODING_ASSIGNMENT", id)
                .practice(encounter.practiceId())
                .patient(encounter.patientId())
                .detail("assigned to user " + coder));
        return new CodingAssignment(id, coder, now);
    }

    /**
     * Saves the codes of an encounter as work in progress, replacing those saved before. Refused when the coding is
     * finished (CODING_FINISHED) unless its claim was cancelled, in which case the coder codes it again; shapes are
     * refused by {@link EncounterCoding} and {@link CodedLine} before this is called.
     */
    @Transactional
    public CodingView code(EncounterId id, EncounterCoding coding) {
        EncounterFacts encounter = encounter(id, AuditAction.UPDATE);
        Optional<CodingRepository.Header> saved = repository.lock(current.scope(), id);
        if (saved.isPresent() && saved.get().status() == CodingStatus.DONE && !claimCancelled(saved.get())) {
            throw Refused.conflict(
                    "CODING_FINISHED",
                    "This encounter's coding is finished and its claim created; fix the claim, or cancel it to code the"
                            + " encounter again.");
        }
        repository.save(
                encounter.practiceId(),
                id,
                saved.isPresent(),
                coding,
                current.actor().userId(),
                clock.instant());
        audit.record(AuditEntry.of(AuditAction.UPDATE, "ENCOUNTER_CODING", id)
                .practice(encounter.practiceId())
                .patient(encounter.patientId())
                .detail(coding.diagnoses().size() + " diagnoses, "
                        + coding.lines().size() + " lines"));
        return repository.find(current.scope(), id).orElseThrow();
    }

    /** The saved coding of an encounter; empty when it was never coded, does not exist or is outside the scope. */
    @Transactional
    public Optional<CodingView> view(EncounterId id) {
        Optional<EncounterFacts> encounter = encounters.facts(id);
        Optional<CodingView> coding = encounter.flatMap(e -> repository.find(current.scope(), id));
        AuditEntry entry = AuditEntry.of(AuditAction.READ, "ENCOUNTER_CODING", id);
        if (encounter.isPresent()) {
            entry = entry.practice(encounter.get().practiceId())
                    .patient(encounter.get().patientId());
        }
        audit.record(coding.isPresent() ? entry : entry.outcome(AuditOutcome.NOT_FOUND));
        return coding;
    }

    /**
     * Finishes the coding: prices each line from the fee schedule of the encounter's practice for the payer of the
     * patient's first coverage, creates the draft claim for the encounter, scrubs it (READY when nothing blocks it),
     * marks the coding DONE and the encounter BILLED (claim ready) or CODED (claim held by a finding). Refused, with
     * nothing created: NOT_CODED, ALREADY_FINISHED (unless the claim was cancelled), NO_COVERAGE, a line the fee
     * schedule cannot price (its refusal, naming the line), and a coding the claim refuses (no diagnosis, no line).
     */
    @Transactional
    public CodingOutcome finish(EncounterId id) {
        EncounterFacts encounter = encounter(id, AuditAction.UPDATE);
        CodingRepository.Header saved = repository
                .lock(current.scope(), id)
                .orElseThrow(() -> Refused.conflict(
                        "NOT_CODED", "The encounter has no codes yet; code it before you finish the coding."));
        if (saved.status() == CodingStatus.DONE && !claimCancelled(saved)) {
            throw Refused.conflict(
                    "ALREADY_FINISHED",
                    "This encounter's coding is already finished and its claim created; work on that claim instead.");
        }
        EncounterCoding coding =
                repository.find(current.scope(), id).orElseThrow().coding();
        PatientDetails patient = patients.find(encounter.patientId()).orElseThrow(() -> Refused.notFound("patient"));
        CoverageView coverage = patient.coverages().stream()
                .findFirst()
                .orElseThrow(() -> Refused.conflict(
                        "NO_COVERAGE",
                        "The patient has no coverage to bill; add the patient's insurance before finishing the"
                                + " coding."));
        List<ServiceLine> lines = new ArrayList<>();
        List<LineCharge> charges = new ArrayList<>();
        for (int i = 0; i < coding.lines().size(); i++) {
            CodedLine line = coding.lines().get(i);
            var date = line.serviceDate() == null ? encounter.dateOfService() : line.serviceDate();
            ChargeQuote quote;
            try {
                quote = fees.priceOf(
                        encounter.practiceId(),
                        coverage.payer().id(),
                        line.procedure(),
                        line.modifiers(),
                        line.units(),
                        date,
                        encounter.placeOfService());
            } catch (Refused refused) {
                throw new Refused(
                        refused.code(),
                        refused.httpStatus(),
                        "Line " + (i + 1) + " (" + line.procedure() + ") cannot be priced: " + refused.getMessage());
            }
            lines.add(new ServiceLine(
                    line.procedure(), line.modifiers(), line.units(), quote.amount(), line.pointers(), date));
            charges.add(new LineCharge(i + 1, line.procedure(), quote.amount(), quote.source()));
        }
        ClaimContent content = new ClaimContent(
                encounter.practiceId(),
                encounter.patientId(),
                id,
                coverage.payer().id(),
                coverage.id(),
                encounter.providerId(),
                null,
                encounter.placeOfService(),
                coding.diagnoses(),
                lines);
        ClaimId claim = claims.createDraft(content);
        ScrubOutcome scrubbed = gate.scrub(claim);
        repository.finish(id, claim, clock.instant());
        encounters.changeStatus(
                id, scrubbed.status() == ClaimStatus.READY ? EncounterStatus.BILLED : EncounterStatus.CODED);
        audit.record(AuditEntry.of(AuditAction.UPDATE, "ENCOUNTER_CODING", id)
                .practice(encounter.practiceId())
                .patient(encounter.patientId())
                .detail("finished: claim " + claim + " "
                        + scrubbed.status().name().toLowerCase(Locale.ROOT)));
        return new CodingOutcome(claim, scrubbed.status(), scrubbed.findings(), charges);
    }

    private EncounterFacts encounter(EncounterId id, AuditAction action) {
        Optional<EncounterFacts> found = encounters.facts(id);
        if (found.isEmpty()) {
            audit.record(AuditEntry.of(action, "ENCOUNTER_CODING", id).outcome(AuditOutcome.NOT_FOUND));
            throw Refused.notFound("encounter");
        }
        return found.get();
    }

    private boolean claimCancelled(CodingRepository.Header saved) {
        return saved.claim() != null
                && claims.find(saved.claim())
                        .map(ClaimView::status)
                        .filter(s -> s == ClaimStatus.CANCELLED)
                        .isPresent();
    }
}
