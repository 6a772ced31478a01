package org.openrcm.codes.fees;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The MPFS amount of a service in a locality and setting, or why there is none. A {@link Priced} carries every factor
 * and the file line it came from, so a biller can see where the amount came from.
 */
public sealed interface Price permits Price.Priced, Price.NotPriced {

    String hcpcs();

    /** {@code ""} when priced without a modifier. */
    String modifier();

    Locality locality();

    /** Whether the facility rate was asked for (else non-facility). */
    boolean facility();

    /**
     * An amount: {@code [(work RVU × work GPCI) + (PE RVU × PE GPCI) + (MP RVU × MP GPCI)] × CF}, computed exactly
     * and rounded half up to cents once at the end, with the PE RVU of the setting.
     *
     * @param rvu the fee schedule line priced (for a modifier that does not change the amount, the line without it)
     * @param practiceExpenseRvu the PE RVU used: the facility or the non-facility one
     * @param conversionFactorSource where the conversion factor came from
     * @param adjustedRvus the geographically adjusted RVUs, exact: the sum in brackets
     * @param amount dollars, scale 2
     * @param notes what a biller should know about this amount (status R or T, an NA setting, a modifier ignored…)
     */
    record Priced(
            String hcpcs,
            String modifier,
            Locality locality,
            boolean facility,
            Rvu rvu,
            Gpci gpci,
            BigDecimal practiceExpenseRvu,
            BigDecimal conversionFactor,
            Source conversionFactorSource,
            BigDecimal adjustedRvus,
            BigDecimal amount,
            List<String> notes)
            implements Price {

        public Priced {
            notes = List.copyOf(notes);
        }

        /** Work RVU × work GPCI, exact. */
        public BigDecimal workPart() {
            return rvu.work().multiply(gpci.work());
        }

        /** PE RVU × PE GPCI, exact. */
        public BigDecimal practiceExpensePart() {
            return practiceExpenseRvu.multiply(gpci.practiceExpense());
        }

        /** MP RVU × MP GPCI, exact. */
        public BigDecimal malpracticePart() {
            return rvu.malpractice().multiply(gpci.malpractice());
        }

        /** The computation written out, one factor a line, each with the file line it came from. */
        public String explain() {
            String setting = facility ? "facility" : "non-facility";
            StringBuilder sb = new StringBuilder();
            sb.append(Rvu.key(hcpcs, modifier))
                    .append(" in locality ")
                    .append(locality)
                    .append(" (")
                    .append(gpci.name())
                    .append("), ")
                    .append(setting)
                    .append(" rate\n");
            sb.append("  work RVU ")
                    .append(rvu.work().toPlainString())
                    .append(" × work GPCI ")
                    .append(gpci.work().toPlainString())
                    .append(" = ")
                    .append(workPart().toPlainString())
                    .append('\n');
            sb.append("  ")
                    .append(setting)
                    .append(" PE RVU ")
                    .append(practiceExpenseRvu.toPlainString())
                    .append(" × PE GPCI ")
                    .append(gpci.practiceExpense().toPlainString())
                    .append(" = ")
                    .append(practiceExpensePart().toPlainString())
                    .append('\n');
            sb.append("  MP RVU ")
                    .append(rvu.malpractice().toPlainString())
                    .append(" × MP GPCI ")
                    .append(gpci.malpractice().toPlainString())
                    .append(" = ")
                    .append(malpracticePart().toPlainString())
                    .append('\n');
            sb.append("  ")
                    .append(adjustedRvus.toPlainString())
                    .append(" × conversion factor ")
                    .append(conversionFactor.toPlainString())
                    .append(" = ")
                    .append(adjustedRvus.multiply(conversionFactor).toPlainString())
                    .append(" → $")
                    .append(amount.toPlainString())
                    .append('\n');
            sb.append("  RVUs: ").append(rvu.source()).append('\n');
            sb.append("  GPCIs: ").append(gpci.source()).append('\n');
            sb.append("  conversion factor: ").append(conversionFactorSource).append('\n');
            notes.forEach(n -> sb.append("  note: ").append(n).append('\n'));
            return sb.toString();
        }
    }

    /**
     * No amount, and why: a status Medicare does not pay by RVUs, a code or locality the schedule lacks, a part of
     * the schedule not imported.
     *
     * @param rvu the fee schedule line, when there is one
     */
    record NotPriced(
            String hcpcs,
            String modifier,
            Locality locality,
            boolean facility,
            String reason,
            @Nullable Rvu rvu) implements Price {}
}
