package org.openrcm.x12.status;

import java.util.Set;

/**
 * One health care claim status (a C043 composite: STC01, STC10 or STC11).
 *
 * @param category claim status category code (code source 507), e.g. A1 received, A2 accepted, A7 rejected for
 *     invalid information, F1 finalized/paid, P1 pending
 * @param code claim status code (code source 508), e.g. 20 "accepted for processing", 562 "entity's NPI"
 * @param entity the entity the status is about (e.g. 85 billing provider, QC patient), or {@code null}
 * @param codeList code list qualifier, {@code RX} when {@code code} is an NCPDP reject code, else {@code null}
 */
public record StatusCode(String category, String code, String entity, String codeList) {

    private static final Set<String> REJECTIONS = Set.of("A3", "A4", "A6", "A7", "A8");
    private static final Set<String> ACCEPTANCES = Set.of("A0", "A1", "A2", "A5");

    /** A status without an entity or code list. */
    public static StatusCode of(String category, String code) {
        return new StatusCode(category, code, null, null);
    }

    /** Whether the claim was rejected or returned: A3, A4, A6, A7, A8. */
    public boolean rejection() {
        return REJECTIONS.contains(category);
    }

    /** Whether the claim was forwarded, received or accepted: A0, A1, A2, A5. */
    public boolean acceptance() {
        return ACCEPTANCES.contains(category);
    }
}
