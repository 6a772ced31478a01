package org.openrcm.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.UserId;

class AuditChainTest {
    private static final Instant AT = Instant.parse("2026-11-28T09:12:03.123456Z");

    private static AuditEvent event(String actorName, String detail, String previous) {
        return new AuditEvent(
                7,
                AT,
                new CompanyId(UUID.fromString("00000000-0000-0000-0000-000000000001")),
                new PracticeId(UUID.fromString("00000000-0000-0000-0000-000000000002")),
                new UserId(UUID.fromString("00000000-0000-0000-0000-000000000003")),
                actorName,
                AuditAction.READ,
                "PATIENT",
                "00000000-0000-0000-0000-000000000004",
                new PatientId(UUID.fromString("00000000-0000-0000-0000-000000000004")),
                AuditOutcome.SUCCESS,
                "127.0.0.1",
                detail,
                previous,
                "");
    }

    @Test
    void theSameRowAlwaysHashesAlike() {
        assertThat(AuditChain.hash(event("coder", null, AuditChain.GENESIS)))
                .isEqualTo(AuditChain.hash(event("coder", null, AuditChain.GENESIS)))
                .hasSize(64)
                .matches("[0-9a-f]{64}");
    }

    @Test
    void anyChangedFieldChangesTheHash() {
        String original = AuditChain.hash(event("coder", null, AuditChain.GENESIS));
        assertThat(AuditChain.hash(event("coder2", null, AuditChain.GENESIS))).isNotEqualTo(original);
        assertThat(AuditChain.hash(event("coder", "1 results", AuditChain.GENESIS)))
                .isNotEqualTo(original);
        assertThat(AuditChain.hash(event("coder", null, "1".repeat(64)))).isNotEqualTo(original);
    }

    @Test
    void nullAndEmptyAndShiftedFieldsDoNotCollide() {
        assertThat(AuditChain.hash(event("coder", null, AuditChain.GENESIS)))
                .isNotEqualTo(AuditChain.hash(event("coder", "", AuditChain.GENESIS)));
        // Moving text from one field to the next must not give the same encoding.
        assertThat(AuditChain.hash(event("coder|x", "y", AuditChain.GENESIS)))
                .isNotEqualTo(AuditChain.hash(event("coder", "x|y", AuditChain.GENESIS)));
    }

    @Test
    void storedInstantsKeepMicroseconds() {
        assertThat(AuditChain.storable(Instant.parse("2026-11-28T09:12:03.123456789Z")))
                .isEqualTo(Instant.parse("2026-11-28T09:12:03.123456Z"));
    }
}
