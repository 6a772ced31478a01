package org.openrcm.app.codes;

import org.openrcm.codes.CodeSystem;

/**
 * One entry of the code type-ahead: the code (stored value and as users write it), its long title, whether it may be
 * billed, the release that has it, and why it matched ({@code code}, {@code title}; a search engine may add {@code
 * inclusion term} or an index path).
 */
public record Suggestion(
        CodeSystem system,
        String code,
        String display,
        String title,
        boolean billable,
        String releaseId,
        String reason) {

    /** The system as users name it ({@code ICD-10-CM}). */
    public String systemLabel() {
        return system.label();
    }
}
