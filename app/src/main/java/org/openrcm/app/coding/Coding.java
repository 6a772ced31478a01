package org.openrcm.app.coding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.patient.CoverageView;
import org.openrcm.app.patient.PatientDetails;
import org.openrcm.app.patient.Patients;
import org.openrcm.app.practice.ChargeQuote;
import org.openrcm.app.practice.FeeSchedules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the coding module: saves the codes of an encounter while the coder works, and finishes a coding by
 * pricing its lines from the practice's fee schedule for the patient's primary payer, creating the draft claim and
 * passing it through the scrub gate. Works within the actor's practices (an encounter outside them is "not found");
 * every call is audited; a refusal changes nothing.
 */
@Service
public class Coding {
    private final CodingRepository repository;
    private final Encounters encounters;
    private final Patients patients;
    private final FeeSchedules fees;
    private final Claims claims;
    private final ClaimScrubGate gate;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;

    Coding(
            CodingRepository repository,
            Encounters encounters,
            Patients patients,
            FeeSchedules fees,
            Claims claims,
            ClaimScrubGate gate,
            CurrentActor current,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.encounters = encounters;
        this.patients = patients;
        this.fees = fees;
        this.claims = claims;
        this.gate = gate;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
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
