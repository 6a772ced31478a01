package org.openrcm.edits.packs;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openrcm.edits.Reference;
import org.openrcm.edits.claim.Claim;

/**
 * One payer rule pack, as a billing company writes it in YAML or JSON (docs/rule-packs.md): which claims it applies
 * to and the payer's rules for them — a filing limit, modifier rules, LCD-style coverage policies and custom rules.
 * Built by {@link RulePackReader}, which has checked every value; immutable.
 *
 * @param id the pack's stable id ({@code acme-health-commercial}), cited by every finding it produces
 * @param version the pack's version ({@code 2026-01}), cited as the release of its findings
 * @param payers which claims it applies to; {@code null}: every claim
 */
public record RulePack(
        String id,
        String title,
        String version,
        @Nullable Payers payers,
        @Nullable FilingLimit filingLimit,
        List<ModifierRule> modifierRules,
        List<CoveragePolicy> coveragePolicies,
        List<CustomRule> customRules) {

    public RulePack {
        modifierRules = List.copyOf(modifierRules);
        coveragePolicies = List.copyOf(coveragePolicies);
        customRules = List.copyOf(customRules);
    }

    /** Whether the pack applies to the claim: no selector, or the claim's payer id or kind is one it names. */
    public boolean appliesTo(Claim claim) {
        return payers == null || payers.match(claim.payer());
    }

    /** What a finding of this pack cites: the pack, its version, the row (policy or rule id). */
    public Reference reference(String row) {
        return new Reference("payer rule pack " + id, version, row);
    }

    /**
     * A payer selector: the claim's {@code payer.id} is one of {@code ids}, or its {@code payer.kind} one of
     * {@code kinds} (both compared without regard to case). At least one list is non-empty.
     */
    public record Payers(List<String> ids, List<String> kinds) {
        public Payers {
            ids = ids.stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).toList();
            kinds = kinds.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        }

        public boolean match(Claim.@Nullable Payer payer) {
            if (payer == null) {
                return false;
            }
            return (payer.id() != null && ids.contains(payer.id().strip().toUpperCase(Locale.ROOT)))
                    || (payer.kind() != null
                            && kinds.contains(payer.kind().strip().toLowerCase(Locale.ROOT)));
        }
    }

    /**
     * A filing limit counted from the date of service: {@code days} days, or {@code calendarYears} years to the same
     * date (Medicare's "1 calendar year", 42 CFR 424.44), exactly one of them set; a line is warned about
     * {@code warnDays} before its last day. {@code source} says what the limit rests on (a contract section).
     */
    public record FilingLimit(
            @Nullable Integer days,
            @Nullable Integer calendarYears,
            int warnDays,
            @Nullable String source) {

        /** The last day a line with this date of service may be filed. */
        public java.time.LocalDate lastDay(java.time.LocalDate serviceDate) {
            return days != null ? serviceDate.plusDays(days) : serviceDate.plusYears(calendarYears);
        }

        /** The limit in words: {@code 180 days}, {@code 1 calendar year}. */
        public String words() {
            return days != null
                    ? days + (days == 1 ? " day" : " days")
                    : calendarYears + (calendarYears == 1 ? " calendar year" : " calendar years");
        }
    }

    /**
     * Modifiers a payer asks for or refuses on some procedures, optionally only in some places of service: a line of
     * one of {@code procedures} (at one of {@code placesOfService} when given) must carry at least one of
     * {@code required} (when given) and none of {@code forbidden}.
     */
    public record ModifierRule(
            String id,
            CodeList procedures,
            List<String> placesOfService,
            List<String> required,
            List<String> forbidden,
            @Nullable String message) {
        public ModifierRule {
            placesOfService = List.copyOf(placesOfService);
            required = List.copyOf(required);
            forbidden = List.copyOf(forbidden);
        }
    }

    /**
     * An LCD-style coverage policy: the payer pays for {@code procedures} only for {@code coveredDiagnoses}.
     *
     * @param id the policy's id as the payer publishes it ({@code L33797})
     * @param message what the biller should know or do, added to the finding's sentence
     */
    public record CoveragePolicy(
            String id,
            String title,
            CodeList procedures,
            CodeList coveredDiagnoses,
            @Nullable String message) {}

    /**
     * A rule of the pack's own: when every condition given holds, a finding with the rule's id, severity and message.
     * Conditions on the line ({@code procedures}, {@code modifiersPresent}, {@code modifiersAbsent}) make it a line
     * rule, checked on each line; otherwise it is checked once per claim.
     */
    public record CustomRule(String id, When when, org.openrcm.edits.Severity severity, String message) {

        /** Whether it is checked line by line. */
        public boolean perLine() {
            return when.procedures() != null
                    || !when.modifiersPresent().isEmpty()
                    || !when.modifiersAbsent().isEmpty();
        }
    }

    /**
     * The conditions of a custom rule; every one given must hold. {@code null} or empty: not a condition. Ages are
     * whole years on the date of service, both bounds included.
     */
    public record When(
            @Nullable CodeList procedures,
            @Nullable CodeList diagnoses,
            List<String> placesOfService,
            List<String> modifiersPresent,
            List<String> modifiersAbsent,
            @Nullable Integer ageMin,
            @Nullable Integer ageMax,
            List<String> sex,
            @Nullable Payers payers) {
        public When {
            placesOfService = List.copyOf(placesOfService);
            modifiersPresent = List.copyOf(modifiersPresent);
            modifiersAbsent = List.copyOf(modifiersAbsent);
            sex = List.copyOf(sex);
        }
    }
}
