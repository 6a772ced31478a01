package org.openrcm.codes.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.imports.ReleaseName;

/**
 * One release of the Medicare physician fee schedule (MPFS), e.g. {@code RVU24C} (July 2024): the RVUs of every
 * HCPCS code and modifier (PPRRVU file), the GPCIs of every locality (GPCI file), the anesthesia conversion factors
 * (ANES file), the counties of each locality (LOCCO file) and the conversion factor history. CMS ships these as
 * separate files, so a schedule is built from parts: each reader gives a schedule holding its part, and {@link
 * #merge} puts the parts of one release together. Immutable.
 *
 * @param rvus by {@link Rvu#key()}, in the file's order
 * @param conversionFactors oldest first
 */
public record FeeSchedule(
        String id,
        LocalDate effective,
        Map<String, Rvu> rvus,
        Map<Locality, Gpci> gpcis,
        Map<Locality, AnesthesiaFactor> anesthesia,
        List<LocalityArea> localityAreas,
        List<ConversionFactor> conversionFactors) {

    /** Modifiers with lines of their own in the PPRRVU file: they change the RVUs. */
    private static final Set<String> PRICED_MODIFIERS = Set.of("26", "TC", "53");

    private static final Pattern RVU_RELEASE =
            Pattern.compile("(?<![A-Za-z])RVU(\\d{2})([A-D])", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_MONTH =
            Pattern.compile("(?<![0-9])(20\\d{2}|\\d{2})[_ -]?(JAN|APR|JUL|OCT)", Pattern.CASE_INSENSITIVE);

    public FeeSchedule {
        rvus = Collections.unmodifiableMap(new LinkedHashMap<>(rvus));
        gpcis = Collections.unmodifiableMap(new TreeMap<>(gpcis));
        anesthesia = Collections.unmodifiableMap(new TreeMap<>(anesthesia));
        localityAreas = List.copyOf(localityAreas);
        conversionFactors = List.copyOf(conversionFactors);
    }

    /** A schedule with no parts yet. */
    public static FeeSchedule empty(String id, LocalDate effective) {
        return new FeeSchedule(id, effective, Map.of(), Map.of(), Map.of(), List.of(), List.of());
    }

    /**
     * The release a CMS file name tells: {@code PPRRVU2024_JUL_rvu24c.csv} or {@code RVU24C.zip} → {@code RVU24C},
     * effective July 1, 2024 (CMS's A, B, C, D releases take effect January, April, July, October); {@code
     * PPRRVU24_JUL.csv} → {@code 2024-JUL}. Files of one release then merge under one id.
     */
    public static Optional<ReleaseName> releaseOf(String fileName) {
        String name = ReleaseName.baseName(fileName);
        Matcher m = RVU_RELEASE.matcher(name);
        if (m.find()) {
            int year = 2000 + Integer.parseInt(m.group(1));
            char quarter = Character.toUpperCase(m.group(2).charAt(0));
            return Optional.of(
                    new ReleaseName("RVU" + m.group(1) + quarter, LocalDate.of(year, 1 + 3 * (quarter - 'A'), 1)));
        }
        m = YEAR_MONTH.matcher(name);
        if (m.find()) {
            int year = m.group(1).length() == 2 ? 2000 + Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(1));
            String month = m.group(2).toUpperCase(Locale.ROOT);
            int monthNumber = switch (month) {
                case "JAN" -> 1;
                case "APR" -> 4;
                case "JUL" -> 7;
                default -> 10;
            };
            return Optional.of(new ReleaseName(year + "-" + month, LocalDate.of(year, monthNumber, 1)));
        }
        return Optional.empty();
    }

    /**
     * This schedule with another part of the same release added: each part the other holds (RVUs, GPCIs, anesthesia
     * factors, locality counties, conversion factors) replaces this one's; the others are kept.
     */
    public FeeSchedule merge(FeeSchedule part) {
        if (!part.id.equalsIgnoreCase(id)) {
            throw new IllegalArgumentException("fee schedule " + part.id + " is not a part of fee schedule " + id);
        }
        return new FeeSchedule(
                id,
                effective,
                part.rvus.isEmpty() ? rvus : part.rvus,
                part.gpcis.isEmpty() ? gpcis : part.gpcis,
                part.anesthesia.isEmpty() ? anesthesia : part.anesthesia,
                part.localityAreas.isEmpty() ? localityAreas : part.localityAreas,
                part.conversionFactors.isEmpty() ? conversionFactors : part.conversionFactors);
    }

    /** The RVU line of a code with a modifier ({@code ""} or null for none). */
    public Optional<Rvu> rvu(String hcpcs, @Nullable String modifier) {
        return Optional.ofNullable(rvus.get(Rvu.key(hcpcs, modifier)));
    }

    public Optional<Gpci> gpci(Locality locality) {
        return Optional.ofNullable(gpcis.get(locality));
    }

    public Optional<AnesthesiaFactor> anesthesia(Locality locality) {
        return Optional.ofNullable(anesthesia.get(locality));
    }

    /** The counties of a locality (usually one line; a locality served by two MACs has one per MAC). */
    public List<LocalityArea> areas(Locality locality) {
        return localityAreas.stream().filter(a -> a.locality().equals(locality)).toList();
    }

    /** The conversion factor in force on a date, from the conversion factor history. */
    public Optional<ConversionFactor> conversionFactorOn(LocalDate date) {
        for (int i = conversionFactors.size() - 1; i >= 0; i--) {
            if (conversionFactors.get(i).covers(date)) {
                return Optional.of(conversionFactors.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The MPFS amount of a service: {@code [(work RVU × work GPCI) + (PE RVU × PE GPCI) + (MP RVU × MP GPCI)] × CF},
     * the PE RVU of the setting asked for, rounded half up to cents. The conversion factor is the one on the code's
     * RVU line, else the history's on this schedule's effective date. A modifier without RVU lines of its own (all
     * but 26, TC and 53) does not change the amount: the code is priced without it, and a note says so. A status
     * Medicare does not pay by RVUs (anything but A, R, T), a code or locality not in the schedule, or a part not
     * imported gives no amount and the reason.
     */
    public Price price(String hcpcs, @Nullable String modifier, Locality locality, boolean facility) {
        String code = hcpcs.strip().toUpperCase(Locale.ROOT);
        String mod = modifier == null ? "" : modifier.strip().toUpperCase(Locale.ROOT);
        List<String> notes = new ArrayList<>();
        if (rvus.isEmpty()) {
            return notPriced(
                    code, mod, locality, facility, "no RVU (PPRRVU) file of fee schedule " + id + " is imported", null);
        }
        Rvu rvu = rvus.get(Rvu.key(code, mod));
        if (rvu == null && !mod.isEmpty() && !PRICED_MODIFIERS.contains(mod)) {
            rvu = rvus.get(code);
            if (rvu != null) {
                notes.add("modifier " + mod + " does not change the fee schedule amount: this is the amount of " + code
                        + " without it; payment rules the modifier triggers (multiple procedure, bilateral,"
                        + " assistant at surgery…) are applied to it when the claim is paid");
            }
        }
        if (rvu == null) {
            String what = mod.isEmpty() ? code : code + " with modifier " + mod;
            String reason = rvus.containsKey(code) && !mod.isEmpty()
                    ? what + " has no RVUs in fee schedule " + id + ": the code has no separate "
                            + ("TC".equals(mod) ? "technical" : "26".equals(mod) ? "professional" : mod)
                            + " component there"
                    : what + " is not in fee schedule " + id;
            return notPriced(code, mod, locality, facility, reason, null);
        }
        if (!rvu.payableByRvus()) {
            return notPriced(code, mod, locality, facility, statusReason(rvu, locality), rvu);
        }
        Gpci gpci = gpcis.get(locality);
        if (gpci == null) {
            return notPriced(
                    code,
                    mod,
                    locality,
                    facility,
                    gpcis.isEmpty()
                            ? "no GPCI file of fee schedule " + id + " is imported"
                            : "locality " + locality + " is not in the GPCI file of fee schedule " + id,
                    rvu);
        }
        BigDecimal cf;
        Source cfSource;
        ConversionFactor history = conversionFactorOn(effective).orElse(null);
        if (rvu.conversionFactor() != null && rvu.conversionFactor().signum() > 0) {
            cf = rvu.conversionFactor();
            cfSource = rvu.source();
            if (history != null && history.value().compareTo(cf) != 0) {
                notes.add(
                        "the conversion factor history gives " + history.value().toPlainString() + " on "
                                + effective + " (" + history.source() + "); the RVU file's " + cf.toPlainString()
                                + " is used");
            }
        } else if (history != null) {
            cf = history.value();
            cfSource = history.source();
        } else {
            return notPriced(
                    code,
                    mod,
                    locality,
                    facility,
                    "no conversion factor: the RVU file gives none and no conversion factor history covers "
                            + effective,
                    rvu);
        }
        switch (rvu.status()) {
            case "R" -> notes.add("status R: restricted coverage; paid only where the MAC covers the service");
            case "T" ->
                notes.add(
                        "status T: paid only when no other service of the fee schedule is paid to the physician that day");
            default -> {}
        }
        if (!facility && rvu.nonFacilityNa()) {
            notes.add("CMS marks the non-facility practice expense NA: the service is rarely or never performed"
                    + " outside a facility");
        }
        if (facility && rvu.facilityNa()) {
            notes.add("CMS marks the facility practice expense NA: the service is rarely or never performed in a"
                    + " facility");
        }
        BigDecimal pe = rvu.practiceExpense(facility);
        BigDecimal adjusted = rvu.work()
                .multiply(gpci.work())
                .add(pe.multiply(gpci.practiceExpense()))
                .add(rvu.malpractice().multiply(gpci.malpractice()));
        BigDecimal amount = adjusted.multiply(cf).setScale(2, RoundingMode.HALF_UP);
        return new Price.Priced(
                rvu.hcpcs(), rvu.modifier(), locality, facility, rvu, gpci, pe, cf, cfSource, adjusted, amount, notes);
    }

    private Price.NotPriced notPriced(
            String code, String mod, Locality locality, boolean facility, String reason, @Nullable Rvu rvu) {
        return new Price.NotPriced(code, mod, locality, facility, reason, rvu);
    }

    private String statusReason(Rvu rvu, Locality locality) {
        String s = rvu.status();
        String why = switch (s) {
            case "B" -> "bundled: payment for it is always included in another service";
            case "C" -> "priced by the MAC case by case: the fee schedule gives no national RVUs for it";
            case "D" -> "deleted from the fee schedule";
            case "E" -> "excluded from the fee schedule by regulation";
            case "F" -> "deleted or discontinued; no grace period";
            case "G" -> "not valid for Medicare: another code is used";
            case "H" -> "deleted modifier for this code";
            case "I" -> "not valid for Medicare: another code is used";
            case "J" -> {
                String anes = anesthesia(locality)
                        .map(a -> " (" + a.conversionFactor().toPlainString() + " in locality " + locality + ")")
                        .orElse("");
                yield "an anesthesia service: paid by base and time units times the anesthesia conversion" + " factor"
                        + anes + ", not by RVUs";
            }
            case "M" -> "a measurement code, reported for quality programs, not paid";
            case "N" -> "not covered by Medicare";
            case "P" -> "bundled or excluded: no separate payment";
            case "X" -> "excluded from the fee schedule by statute";
            default -> "status " + s + " is not one Medicare pays by RVUs";
        };
        return Rvu.key(rvu.hcpcs(), rvu.modifier()) + " has status " + s + ": " + why;
    }
}
