package org.openrcm.x12.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One answer of a 271: a payer's answer about one patient (or, when the payer rejects the request before it gets to
 * a patient, its rejection of the provider or of the whole request). The reader hands out one per patient.
 *
 * <p>A biller-facing view needs few things, and they are methods here: {@link #isActive()}, {@link #planBegin()}
 * and {@link #planEnd()}, {@link #deductibleRemaining()} and {@link #deductibleTotal()}, {@link
 * #outOfPocketRemaining()} and {@link #outOfPocketTotal()}, {@link #copays()} and {@link #coinsurance()}, {@link
 * #rejections()}.
 *
 * @param payer 2100A
 * @param payerContacts 2100A PER
 * @param payerRejections AAA of 2000A and 2100A: the payer could not answer at all
 * @param provider 2100B, or {@code null} when the response stops at the payer
 * @param providerRejections AAA of 2100B: the provider may not ask, or is unknown
 * @param subscriber 2000C/2100C and the subscriber's benefits, or {@code null}
 * @param dependent 2000D/2100D when the patient is not the subscriber, else {@code null}
 */
public record EligibilityResponse(
        TransactionHeader header,
        Name payer,
        List<Contact> payerContacts,
        List<Rejection> payerRejections,
        Provider provider,
        List<Rejection> providerRejections,
        Subject subscriber,
        Subject dependent) {

    /** Time periods (EB06) of a total for the plan period: years, service year, calendar year, contract, lifetime. */
    public static final Set<String> TOTAL_PERIODS = Set.of("21", "22", "23", "25", "32");
    /** Time periods (EB06) of what is left: remaining, lifetime remaining. */
    public static final Set<String> REMAINING_PERIODS = Set.of("29", "33");

    public EligibilityResponse {
        payerContacts = List.copyOf(payerContacts);
        payerRejections = List.copyOf(payerRejections);
        providerRejections = List.copyOf(providerRejections);
    }

    /**
     * A subscriber or dependent as answered: the trace numbers of their level, the rejections (AAA) of their name
     * loop and their benefits (2110).
     */
    public record Subject(List<Trace> traces, Member member, List<Rejection> rejections, List<Benefit> benefits) {

        public Subject {
            traces = List.copyOf(traces);
            rejections = List.copyOf(rejections);
            benefits = List.copyOf(benefits);
        }
    }

    /** The patient: the dependent when there is one, else the subscriber; {@code null} when none was answered. */
    public Subject patient() {
        return dependent != null ? dependent : subscriber;
    }

    public boolean isDependent() {
        return dependent != null;
    }

    /** The patient's trace numbers, as returned from the 270. */
    public List<Trace> traces() {
        Subject p = patient();
        return p == null ? List.of() : p.traces();
    }

    /** The patient's benefits (2110), empty when none. */
    public List<Benefit> benefits() {
        Subject p = patient();
        return p == null ? List.of() : p.benefits();
    }

    /** The patient's benefits with EB01 = {@code code}. */
    public List<Benefit> benefits(String code) {
        return benefits().stream().filter(b -> b.code().equals(code)).toList();
    }

    /**
     * Every rejection on the way to the patient: payer, provider, subscriber, dependent (the benefit-level ones are
     * on each {@link Benefit}).
     */
    public List<Rejection> rejections() {
        List<Rejection> all = new ArrayList<>(payerRejections);
        all.addAll(providerRejections);
        if (subscriber != null) {
            all.addAll(subscriber.rejections());
        }
        if (dependent != null) {
            all.addAll(dependent.rejections());
        }
        return all;
    }

    public boolean isRejected() {
        return !rejections().isEmpty();
    }

    /** Covered: not rejected, and an EB01 1 to 5 (active coverage) for the patient. */
    public boolean isActive() {
        return !isRejected() && benefits().stream().anyMatch(Benefit::isActiveCoverage);
    }

    /** Not covered: an EB01 6 to 8 (inactive) for the patient and no active coverage. */
    public boolean isInactive() {
        return !isActive() && benefits().stream().anyMatch(Benefit::isInactiveCoverage);
    }

    /** Plan begin: DTP*346, else the start of DTP*291 (patient, subscriber, then the active-coverage benefits). */
    public Optional<LocalDate> planBegin() {
        return date("346", "291", DatePeriod::from, false);
    }

    /** Plan end: DTP*347, else the end of a DTP*291 range. */
    public Optional<LocalDate> planEnd() {
        return date("347", "291", DatePeriod::to, true);
    }

    /** Eligibility begin: DTP*356, else the start of DTP*307. */
    public Optional<LocalDate> eligibilityBegin() {
        return date("356", "307", DatePeriod::from, false);
    }

    /** Eligibility end: DTP*357, else the end of a DTP*307 range. */
    public Optional<LocalDate> eligibilityEnd() {
        return date("357", "307", DatePeriod::to, true);
    }

    private Optional<LocalDate> date(
            String exact, String fallback, Function<DatePeriod, LocalDate> side, boolean rangeOnly) {
        List<DatePeriod> all = periods();
        for (DatePeriod d : all) {
            if (d.qualifier().equals(exact)) {
                return Optional.of(side.apply(d));
            }
        }
        for (DatePeriod d : all) {
            if (d.qualifier().equals(fallback) && (!rangeOnly || d.isRange())) {
                return Optional.of(side.apply(d));
            }
        }
        return Optional.empty();
    }

    /** Dates in the order they are consulted: patient, subscriber, then active-coverage benefits. */
    private List<DatePeriod> periods() {
        List<DatePeriod> all = new ArrayList<>();
        Subject p = patient();
        if (p != null) {
            all.addAll(p.member().dates());
        }
        if (subscriber != null && subscriber != p) {
            all.addAll(subscriber.member().dates());
        }
        for (Benefit b : benefits()) {
            if (b.isActiveCoverage()) {
                all.addAll(b.dates());
            }
        }
        return all;
    }

    /** The plan-period deductible (EB*C, EB06 21/22/23/25/32), individual and in network preferred. */
    public Optional<BigDecimal> deductibleTotal() {
        return amount("C", TOTAL_PERIODS);
    }

    /** What is left of the deductible (EB*C, EB06 29/33), individual and in network preferred. */
    public Optional<BigDecimal> deductibleRemaining() {
        return amount("C", REMAINING_PERIODS);
    }

    /** The out-of-pocket maximum (EB*G for a plan period), individual and in network preferred. */
    public Optional<BigDecimal> outOfPocketTotal() {
        return amount("G", TOTAL_PERIODS);
    }

    /** What is left of the out-of-pocket maximum (EB*G, remaining). */
    public Optional<BigDecimal> outOfPocketRemaining() {
        return amount("G", REMAINING_PERIODS);
    }

    /** Co-payments (EB*B), each with its service types, amount and network. */
    public List<Benefit> copays() {
        return benefits("B");
    }

    /** Co-insurance (EB*A), each with its service types, percent and network. */
    public List<Benefit> coinsurance() {
        return benefits("A");
    }

    /** The co-payment for a service type, in network preferred. */
    public Optional<BigDecimal> copay(String serviceType) {
        return best(copays().stream()
                        .filter(b -> b.amount() != null && b.covers(serviceType))
                        .toList())
                .map(Benefit::amount);
    }

    /** The co-insurance percent (a fraction) for a service type, in network preferred. */
    public Optional<BigDecimal> coinsurance(String serviceType) {
        return best(coinsurance().stream()
                        .filter(b -> b.percent() != null && b.covers(serviceType))
                        .toList())
                .map(Benefit::percent);
    }

    /**
     * The amount (EB07) of the patient's benefit with EB01 = {@code code} and a time period in {@code periods}:
     * individual before family, in network before out of network, plan-wide (service type 30) before specific.
     */
    public Optional<BigDecimal> amount(String code, Set<String> periods) {
        return best(benefits(code).stream()
                        .filter(b -> b.amount() != null && periods.contains(b.timePeriod()))
                        .toList())
                .map(Benefit::amount);
    }

    private static Optional<Benefit> best(List<Benefit> candidates) {
        return candidates.stream().min(Comparator.comparingInt(EligibilityResponse::rank));
    }

    private static int rank(Benefit b) {
        int level = switch (b.coverageLevel()) {
            case "IND" -> 0;
            case "" -> 1;
            default -> 2;
        };
        int network = switch (b.inPlanNetwork()) {
            case "Y" -> 0;
            case "W" -> 1;
            case "" -> 2;
            case "U" -> 3;
            default -> 4;
        };
        int service = b.serviceTypes().isEmpty() || b.serviceTypes().contains("30") ? 0 : 1;
        return network * 100 + level * 10 + service;
    }
}
