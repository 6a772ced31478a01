package org.openrcm.app.practice;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.PayerId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.codes.fees.Locality;

/**
 * The fee schedule that prices a practice's charges to one payer, or to every payer without one of its own.
 *
 * @param payerId null for the practice's default schedule
 * @param locality the MAC locality of a {@link FeeScheduleKind#MEDICARE_MPFS} schedule, else null
 * @param percent the percentage of the MPFS amount charged (100 for Medicare), else null
 */
public record FeeScheduleView(
        PracticeId practiceId,
        @Nullable PayerId payerId,
        String name,
        FeeScheduleKind kind,
        @Nullable Locality locality,
        @Nullable BigDecimal percent) {}
