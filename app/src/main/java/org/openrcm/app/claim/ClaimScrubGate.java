package org.openrcm.app.claim;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.audit.AuditAction;
import org.openrcm.app.audit.AuditEntry;
import org.openrcm.app.audit.AuditLog;
import org.openrcm.app.codes.CodeLibrary;
import org.openrcm.app.identity.AccessScope;
import org.openrcm.app.identity.Actor;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.identity.Role;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.patient.PatientDetails;
import org.openrcm.app.practice.Practices;
import org.openrcm.app.practice.ProviderView;
import org.openrcm.edits.Edits;
import org.openrcm.edits.Finding;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;
import org.openrcm.edits.history.SubmittedClaims;
import org.openrcm.edits.packs.RulePacks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scrub gate between a coded claim and a batch: scrubs a draft claim with the standard edits against the imported
 * code sets and NCCI tables and the patient's claims already with the payer, keeps the findings of the last scrub,
 * each routed to the role that must act (coding findings to the coder, the rest to the biller), and moves the claim to
 * READY when no error blocks it. An error may be overridden, with a reason, by the role it is routed to (or a
 * manager); the override is kept on the finding and audited.
 */
@Service
public class ClaimScrubGate {
    /** The most claims of a patient the duplicate check reads. */
    static final int HISTORY_LIMIT = 200;

    private final ClaimRepository claims;
    private final ClaimFindingRepository findings;
    private final CanonicalClaims canonical;
    private final Claims facade;
    private final Practices practices;
    private final CodeLibrary codes;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;

    ClaimScrubGate(
            ClaimRepository claims,
            ClaimFindingRepository findings,
            CanonicalClaims canonical,
            Claims facade,
            Practices practices,
            CodeLibrary codes,
            CurrentActor current,
            AuditLog audit,
            Clock clock) {
        this.claims = claims;
        this.findings = findings;
        this.canonical = canonical;
        this.facade = facade;
        this.practices = practices;
        this.codes = codes;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Scrubs a draft claim and replaces its findings; a claim without errors moves to READY, one with errors stays in
     * DRAFT and waits on the worklists. Claims in other states are refused (NOT_DRAFT): only a draft may change.
     */
    @Transactional
    public ScrubOutcome scrub(ClaimId id) {
        AccessScope scope = current.scope();
        claims.lock(scope, id);
        Claim claim = claims.find(scope, id).orElseThrow(() -> Refused.notFound("claim"));
        if (claim.status() != ClaimStatus.DRAFT) {
            throw Refused.conflict(
                    "NOT_DRAFT",
                    "Only a draft claim is scrubbed; this one is "
                            + claim.status().name().toLowerCase(Locale.ROOT)
                            + ". Reopen it to change and scrub it again.");
        }
        PatientDetails patient = canonical.patient(claim.content().patient());
        List<ProviderView> providers = practices.allProviders();
        org.openrcm.edits.claim.Claim canonicalClaim = canonical.of(claim, patient, providers);
        ReferenceData data = new ReferenceData(
                codes.catalog(),
                codes.ncci(),
                LocalDate.now(clock),
                RulePacks.EMPTY,
                history(scope, claim, patient, providers));
        List<Finding> found = Edits.standard().scrub(canonicalClaim, data);
        findings.replace(id, claim.content().practice(), found, clock.instant());
        long errors = found.stream().filter(f -> f.severity() == Severity.ERROR).count();
        audit.record(AuditEntry.of(AuditAction.UPDATE, "CLAIM_SCRUB", id)
                .practice(claim.content().practice())
                .patient(claim.content().patient())
                .detail(found.size() + " findings, " + errors + " errors"));
        return settle(scope, id);
    }

    /** The findings of the claim's last scrub (none when never scrubbed), in the scrubber's order. */
    @Transactional(readOnly = true)
    public List<ClaimFinding> findings(ClaimId id) {
        return findings.of(current.scope(), id);
    }

    /**
     * The draft claims of a practice held at the gate by an error routed to {@code role}, oldest first, each with the
     * findings of its last scrub routed to that role (warnings and overridden ones included, for context). A
     * manager's or administrator's list holds every held claim with all its findings. Empty outside the scope.
     */
    @Transactional(readOnly = true)
    public List<ClaimWorkItem> findingsFor(PracticeId practice, Role role) {
        AccessScope scope = current.scope();
        List<Role> routes =
                role == Role.CODER || role == Role.BILLER ? List.of(role) : List.of(Role.CODER, Role.BILLER);
        List<ClaimWorkItem> items = new ArrayList<>();
        List<ClaimId> seen = new ArrayList<>();
        for (Role route : routes) {
            for (ClaimFindingRepository.Held held : findings.heldFor(scope, practice, route, Claims.LIST_LIMIT)) {
                if (seen.contains(held.claim())) {
                    continue;
                }
                seen.add(held.claim());
                List<ClaimFinding> mine = findings.of(scope, held.claim()).stream()
                        .filter(f -> routes.contains(f.route()))
                        .toList();
                items.add(new ClaimWorkItem(held.claim(), held.patient(), mine));
            }
        }
        return items;
    }

    /**
     * Overrides one error finding of a draft claim: the actor must have the role the finding is routed to (or be a
     * manager or administrator) and say why. The finding stops blocking; when no other error remains the claim moves
     * to READY. Refused: REASON_REQUIRED (blank reason), REASON_TOO_LONG, NOT_AN_ERROR (a warning never blocks),
     * OVERRIDE_NOT_YOUR_ROLE, ALREADY_OVERRIDDEN, NOT_DRAFT.
     */
    @Transactional
    public ScrubOutcome override(ClaimId id, UUID findingId, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw Refused.invalid(
                    "REASON_REQUIRED", "Say why this finding does not apply to the claim before you override it.");
        }
        String why = reason.strip();
        if (why.length() > 500) {
            throw Refused.invalid("REASON_TOO_LONG", "Keep the reason under 500 characters.");
        }
        AccessScope scope = current.scope();
        claims.lock(scope, id);
        Claim claim = claims.find(scope, id).orElseThrow(() -> Refused.notFound("claim"));
        ClaimFinding finding = findings.of(scope, id).stream()
                .filter(f -> f.id().equals(findingId))
                .findFirst()
                .orElseThrow(() -> Refused.notFound("finding"));
        if (claim.status() != ClaimStatus.DRAFT) {
            throw Refused.conflict("NOT_DRAFT", "Only the findings of a draft claim are overridden.");
        }
        if (!finding.blocks()) {
            throw Refused.conflict(
                    finding.override() == null ? "NOT_AN_ERROR" : "ALREADY_OVERRIDDEN",
                    finding.override() == null
                            ? "Only an error holds a claim; this " + finding.rule() + " finding is a warning."
                            : "This " + finding.rule() + " finding was already overridden.");
        }
        Actor actor = current.actor();
        if (actor.role() == null || !FindingRoutes.mayOverride(actor.role(), finding.route())) {
            throw new Refused(
                    "OVERRIDE_NOT_YOUR_ROLE",
                    403,
                    "A " + finding.rule() + " finding is the "
                            + finding.route().title().toLowerCase(Locale.ROOT) + "'s to override; ask a "
                            + finding.route().title().toLowerCase(Locale.ROOT) + " or a manager.");
        }
        String by = actor.userId() == null ? actor.username() : actor.userId().toString();
        if (!findings.override(id, findingId, new FindingOverride(by, clock.instant(), why))) {
            throw Refused.conflict("ALREADY_OVERRIDDEN", "This " + finding.rule() + " finding was already overridden.");
        }
        audit.record(AuditEntry.of(AuditAction.UPDATE, "CLAIM_FINDING", findingId)
                .practice(claim.content().practice())
                .patient(claim.content().patient())
                .detail("override " + finding.rule() + " on claim " + id));
        return settle(scope, id);
    }

    /** READY when nothing blocks the claim any more; the outcome with the stored findings. */
    private ScrubOutcome settle(AccessScope scope, ClaimId id) {
        List<ClaimFinding> stored = findings.of(scope, id);
        ClaimStatus status = ClaimStatus.DRAFT;
        if (stored.stream().noneMatch(ClaimFinding::blocks)) {
            status = facade.markReady(id).status();
        }
        return new ScrubOutcome(id, status, stored);
    }

    /** The patient's other claims the payer has, as the duplicate check reads them. */
    private SubmittedClaims history(
            AccessScope scope, Claim claim, PatientDetails patient, List<ProviderView> providers) {
        List<org.openrcm.edits.claim.Claim> sent = new ArrayList<>();
        List<ClaimId> newestFirst = findings.withPayer(
                scope, claim.content().practice(), claim.content().patient(), claim.id(), HISTORY_LIMIT);
        for (ClaimId other : newestFirst.reversed()) { // oldest first: a void takes back what came before it
            claims.find(scope, other).ifPresent(c -> sent.add(canonical.of(c, patient, providers)));
        }
        return SubmittedClaims.of(sent);
    }
}
