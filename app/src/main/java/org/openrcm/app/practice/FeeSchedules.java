package org.openrcm.app.practice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.audit.AuditAction;
import org.openrcm.app.audit.AuditEntry;
import org.openrcm.app.audit.AuditLog;
import org.openrcm.app.codes.CodeLibrary;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.kernel.PayerId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.codes.fees.FeeSchedule;
import org.openrcm.codes.fees.Locality;
import org.openrcm.codes.fees.Price;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of fee schedules: which schedule prices a practice's charges to each payer (a payer's own schedule wins
 * over the practice's default), and the price of a service line with the line a biller reads to check it. Changes
 * are audited; every call is limited to the practices in the caller's scope.
 */
@Service
public class FeeSchedules {
    /** Places of service CMS pays at the facility rate; every other place is paid at the non-facility rate. */
    static final Set<String> FACILITY_PLACES =
            Set.of("19", "21", "22", "23", "24", "26", "31", "34", "41", "42", "51", "52", "53", "56", "61");

    /** Modifiers with RVU lines of their own in the MPFS; any other modifier does not change the MPFS amount. */
    private static final List<String> MPFS_PRICED_MODIFIERS = List.of("26", "TC", "53");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FeeScheduleRepository repository;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;
    private final Function<LocalDate, Optional<FeeSchedule>> mpfsOn;

    @Autowired
    FeeSchedules(
            FeeScheduleRepository repository, CurrentActor current, AuditLog audit, Clock clock, CodeLibrary codes) {
        this(repository, current, audit, clock, date -> codes.catalog().feeScheduleOn(date));
    }

    /** With the MPFS releases given directly (tests that price from files without importing them). */
    FeeSchedules(
            FeeScheduleRepository repository,
            CurrentActor current,
            AuditLog audit,
            Clock clock,
            Function<LocalDate, Optional<FeeSchedule>> mpfsOn) {
        this.repository = repository;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
        this.mpfsOn = mpfsOn;
    }

    /**
     * Prices the practice's charges (to {@code payer}, or to every payer without its own schedule when null) from
     * the Medicare fee schedule in force on each date of service, in {@code locality}, at {@code percent} of it.
     */
    @Transactional
    public void useMedicareSchedule(
            PracticeId practice, @Nullable PayerId payer, String name, Locality locality, BigDecimal percent) {
        if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw Refused.invalid(
                    "FEE_SCHEDULE_PERCENT_INVALID",
                    "The percentage of the Medicare fee schedule must be more than 0% and at most 1000%.");
        }
        BigDecimal pct;
        try {
            pct = percent.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw Refused.invalid(
                    "FEE_SCHEDULE_PERCENT_INVALID", "The percentage has at most two decimals, such as 112.50%.");
        }
        assign(new FeeScheduleView(practice, payer, name(name), FeeScheduleKind.MEDICARE_MPFS, locality, pct));
    }

    /** Prices the practice's charges (to {@code payer}, or by default when null) from its own flat price list. */
    @Transactional
    public void useFlatSchedule(PracticeId practice, @Nullable PayerId payer, String name) {
        assign(new FeeScheduleView(practice, payer, name(name), FeeScheduleKind.FLAT, null, null));
    }

    /** Adds prices to the flat price list of (practice, payer), replacing those of the same procedure and modifier. */
    @Transactional
    public void putFlatPrices(PracticeId practice, @Nullable PayerId payer, List<FlatPrice> prices) {
        requireInScope(practice);
        FeeScheduleRepository.Stored schedule = repository
                .find(practice, payer)
                .filter(s -> s.view().kind() == FeeScheduleKind.FLAT)
                .orElseThrow(() -> Refused.conflict(
                        "FLAT_SCHEDULE_MISSING",
                        "There is no flat price list for " + (payer == null ? "the practice's default" : "this payer")
                                + "; set one up before adding prices."));
        repository.putPrices(schedule.id(), prices);
        audit.record(AuditEntry.of(AuditAction.UPDATE, "FEE_SCHEDULE", schedule.id())
                .practice(practice)
                .detail(prices.size() + " flat prices"));
    }

    /** The practice's schedules: its default and those of single payers. */
    @Transactional(readOnly = true)
    public List<FeeScheduleView> schedules(PracticeId practice) {
        requireInScope(practice);
        return repository.all(practice);
    }

    /**
     * The charge of a service line: the unit price from the payer's schedule (else the practice's default) times
     * the units, rounded half up to the cent, and where it came from. Refused, naming what is missing, when no
     * schedule applies, the flat list has no price for the procedure, or the Medicare fee schedule gives no amount.
     */
    @Transactional(readOnly = true)
    public ChargeQuote priceOf(
            PracticeId practice,
            @Nullable PayerId payer,
            String procedure,
            List<String> modifiers,
            BigDecimal units,
            LocalDate dateOfService,
            String placeOfService) {
        requireInScope(practice);
        if (units == null || units.signum() <= 0) {
            throw Refused.invalid("UNITS_INVALID", "The units of a service line must be more than zero.");
        }
        String code = procedure == null ? "" : procedure.strip().toUpperCase(Locale.ROOT);
        List<String> mods = modifiers.stream()
                .map(m -> m.strip().toUpperCase(Locale.ROOT))
                .filter(m -> !m.isEmpty())
                .toList();
        FeeScheduleRepository.Stored schedule = (payer == null
                        ? Optional.<FeeScheduleRepository.Stored>empty()
                        : repository.find(practice, payer))
                .or(() -> repository.find(practice, null))
                .orElseThrow(() -> Refused.conflict(
                        "FEE_SCHEDULE_MISSING",
                        "No fee schedule prices this practice's charges"
                                + (payer == null ? "" : " to this payer")
                                + ": assign the practice a default fee schedule or one for the payer."));
        return switch (schedule.view().kind()) {
            case FLAT -> flat(schedule, code, mods, units);
            case MEDICARE_MPFS -> medicare(schedule.view(), code, mods, units, dateOfService, placeOfService);
        };
    }

    private ChargeQuote flat(FeeScheduleRepository.Stored schedule, String code, List<String> mods, BigDecimal units) {
        List<FlatPrice> rows = repository.prices(schedule.id(), code);
        FlatPrice row = mods.stream()
                .flatMap(m -> rows.stream().filter(r -> r.modifier().equals(m)))
                .findFirst()
                .or(() -> rows.stream().filter(r -> r.modifier().isEmpty()).findFirst())
                .orElseThrow(() -> Refused.conflict(
                        "PRICE_MISSING",
                        "The flat price list " + schedule.view().name() + " has no price for " + code
                                + (mods.isEmpty() ? "" : " (modifiers " + String.join(", ", mods) + ")")
                                + ": add the price to the list."));
        Money amount = row.price().times(units);
        String source = schedule.view().name() + " flat price list: " + row.key() + " = " + row.price() + " × "
                + units(units) + " = " + amount;
        return new ChargeQuote(amount, row.price(), FeeScheduleKind.FLAT, source);
    }

    private ChargeQuote medicare(
            FeeScheduleView schedule,
            String code,
            List<String> mods,
            BigDecimal units,
            LocalDate dateOfService,
            String placeOfService) {
        FeeSchedule mpfs = mpfsOn.apply(dateOfService)
                .orElseThrow(() -> Refused.conflict(
                        "MPFS_MISSING",
                        "No Medicare physician fee schedule in force on " + dateOfService
                                + " is imported: import the MPFS files (PPRRVU, GPCI) of that quarter."));
        Locality locality = schedule.locality();
        boolean facility = FACILITY_PLACES.contains(placeOfService == null ? "" : placeOfService.strip());
        String modifier = mods.stream()
                .filter(MPFS_PRICED_MODIFIERS::contains)
                .findFirst()
                .orElse(null);
        Price price = mpfs.price(code, modifier, locality, facility);
        if (!(price instanceof Price.Priced priced)) {
            throw Refused.conflict(
                    "MPFS_NOT_PRICED",
                    "The Medicare fee schedule gives no amount for " + code
                            + (modifier == null ? "" : "-" + modifier) + ": "
                            + ((Price.NotPriced) price).reason() + ".");
        }
        Money medicare = Money.of(priced.amount());
        Money unitPrice = medicare.times(schedule.percent().divide(HUNDRED));
        Money amount = unitPrice.times(units);
        StringBuilder source = new StringBuilder()
                .append(schedule.name())
                .append(": MPFS ")
                .append(mpfs.id())
                .append(", locality ")
                .append(locality)
                .append(facility ? " (facility): " : " (non-facility): ")
                .append(priced.rvu().key())
                .append(" (")
                .append(priced.rvu().work().toPlainString())
                .append(" × ")
                .append(priced.gpci().work().toPlainString())
                .append(" + ")
                .append(priced.practiceExpenseRvu().toPlainString())
                .append(" × ")
                .append(priced.gpci().practiceExpense().toPlainString())
                .append(" + ")
                .append(priced.rvu().malpractice().toPlainString())
                .append(" × ")
                .append(priced.gpci().malpractice().toPlainString())
                .append(") × ")
                .append(priced.conversionFactor().toPlainString())
                .append(" = ")
                .append(medicare);
        if (schedule.percent().compareTo(HUNDRED) != 0) {
            source.append(" × ")
                    .append(schedule.percent().stripTrailingZeros().toPlainString())
                    .append("% = ")
                    .append(unitPrice);
        }
        source.append(" × ").append(units(units)).append(" = ").append(amount);
        return new ChargeQuote(amount, unitPrice, FeeScheduleKind.MEDICARE_MPFS, source.toString());
    }

    private void assign(FeeScheduleView schedule) {
        requireInScope(schedule.practiceId());
        if (schedule.payerId() != null
                && !repository.payerOfPracticeCompany(schedule.practiceId(), schedule.payerId())) {
            throw Refused.notFound("payer");
        }
        var id = repository.upsert(schedule, clock.instant());
        audit.record(AuditEntry.of(AuditAction.UPDATE, "FEE_SCHEDULE", id)
                .practice(schedule.practiceId())
                .detail(schedule.kind() + (schedule.payerId() == null ? " default" : " for a payer")));
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw Refused.invalid("FEE_SCHEDULE_NAME_MISSING", "The fee schedule's name is missing.");
        }
        if (name.strip().length() > 100) {
            throw Refused.invalid(
                    "FEE_SCHEDULE_NAME_TOO_LONG", "The fee schedule's name is longer than 100 characters.");
        }
        return name.strip();
    }

    private static String units(BigDecimal units) {
        String u = units.stripTrailingZeros().toPlainString();
        return u + (units.compareTo(BigDecimal.ONE) == 0 ? " unit" : " units");
    }

    private void requireInScope(PracticeId practice) {
        if (!current.scope().includes(practice)) {
            throw Refused.notFound("practice");
        }
    }
}
