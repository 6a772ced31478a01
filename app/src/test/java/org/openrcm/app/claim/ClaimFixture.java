package org.openrcm.app.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openrcm.app.kernel.BatchId;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.CoverageId;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PayerId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.ProviderId;

/** Claims in any state for the state machine tests, without a database. */
final class ClaimFixture {
    static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");
    static final LocalDate DOS = LocalDate.of(2026, 3, 2);

    private ClaimFixture() {}

    static ServiceLine line(String procedure, String charge, Integer... pointers) {
        return new ServiceLine(procedure, List.of(), BigDecimal.ONE, Money.of(charge), List.of(pointers), DOS);
    }

    static ClaimContent content() {
        return new ClaimContent(
                PracticeId.random(),
                PatientId.random(),
                null,
                PayerId.random(),
                CoverageId.random(),
                ProviderId.random(),
                null,
                "11",
                List.of("E11.9", "I10"),
                List.of(line("99214", "150.00", 1, 2), line("83036", "25.50", 1)));
    }

    static Stamp by(String who, int minutes) {
        return new Stamp(who, T0.plusSeconds(60L * minutes));
    }

    /** A stored original claim in {@code status}, as the repository would restore it. */
    static Claim inStatus(ClaimStatus status, boolean acceptedByPayer, String payerNumber) {
        return Claim.restore(
                ClaimId.random(),
                content(),
                ClaimFrequency.ORIGINAL,
                null,
                status,
                status == ClaimStatus.BATCHED ? BatchId.random() : null,
                payerNumber,
                acceptedByPayer ? T0 : null,
                T0,
                3,
                List.of());
    }

    static Claim inStatus(ClaimStatus status) {
        boolean accepted = switch (status) {
            case ACKNOWLEDGED, ADJUDICATED, PAID, DENIED, PARTIAL -> true;
            default -> false;
        };
        return inStatus(status, accepted, accepted ? "ICN-2026-0001" : null);
    }
}
