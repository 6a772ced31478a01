package org.openrcm.app.claim;

import java.util.Set;
import org.openrcm.app.identity.Role;

/**
 * Who must act on a finding. Coding findings (code validity, NCCI, MUE, age/sex, Excludes1, modifiers, pointers,
 * medical necessity) go back to the coder; everything else (missing fields, dates, duplicates, timely filing,
 * missing reference data, payer pack rules) is the biller's.
 */
final class FindingRoutes {
    private static final Set<String> CODING = Set.of(
            "PCS_ON_PROFESSIONAL",
            "AGE_CONFLICT",
            "SEX_CONFLICT",
            "EXCLUDES1",
            "NCCI_PTP",
            "MUE",
            "ADDON_WITHOUT_PRIMARY",
            "POINTER_INVALID",
            "MEDICAL_NECESSITY");

    private FindingRoutes() {}

    static Role route(String rule) {
        if (rule.startsWith("CODE_") || rule.startsWith("MODIFIER_") || CODING.contains(rule)) {
            return Role.CODER;
        }
        return Role.BILLER;
    }

    /** Whether someone in {@code role} may override a finding routed to {@code route}: that role, or a manager. */
    static boolean mayOverride(Role role, Role route) {
        return role == route || role == Role.MANAGER || role == Role.ADMIN;
    }
}
