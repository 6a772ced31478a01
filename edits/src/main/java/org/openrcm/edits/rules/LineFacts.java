package org.openrcm.edits.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeSystem;
import org.openrcm.edits.claim.Claim;

/** What the payer-rule edits read off a claim and its lines, in the one spelling the rule packs use. */
final class LineFacts {

    private LineFacts() {}

    /**
     * The diagnoses a line is billed for: those its valid pointers point at, or every diagnosis of the claim when it
     * has no valid pointer (the pointer itself is {@code POINTER_INVALID}'s to report). As the claim keeps them
     * ({@code E119}).
     */
    static List<String> diagnoses(Claim claim, Claim.Line line) {
        List<String> pointed = new ArrayList<>();
        for (Integer p : line.pointers()) {
            if (p != null && p >= 1 && p <= claim.diagnoses().size()) {
                String dx = claim.diagnoses().get(p - 1);
                if (dx != null && !dx.isBlank() && !pointed.contains(dx)) {
                    pointed.add(dx);
                }
            }
        }
        if (!pointed.isEmpty()) {
            return pointed;
        }
        return claim.diagnoses().stream().filter(d -> d != null && !d.isBlank()).toList();
    }

    /** The line's procedure code, trimmed and upper case; empty when missing. */
    static String procedure(Claim.Line line) {
        return line.procedure() == null ? "" : line.procedure().strip().toUpperCase(Locale.ROOT);
    }

    /** The line's modifiers, trimmed and upper case. */
    static List<String> modifiers(Claim.Line line) {
        return line.modifiers().stream()
                .filter(m -> m != null && !m.isBlank())
                .map(m -> m.strip().toUpperCase(Locale.ROOT))
                .toList();
    }

    /** The claim's place of service as two digits ({@code 2} → {@code 02}); {@code null} when missing. */
    static @Nullable String placeOfService(Claim claim) {
        return claim.placeOfService() == null ? null : CodeSystem.POS.normalize(claim.placeOfService());
    }

    /** Whether the value is given and on the list (immutable lists refuse {@code contains(null)}). */
    static boolean containsValue(List<String> list, @Nullable String value) {
        return value != null && list.contains(value);
    }

    /** Diagnoses as users write them: {@code E11.9, I10}. */
    static String shown(List<String> diagnoses) {
        return String.join(
                ", ", diagnoses.stream().map(CodeSystem.ICD10CM::display).toList());
    }
}
