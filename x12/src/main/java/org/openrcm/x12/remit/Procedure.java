package org.openrcm.x12.remit;

import java.util.List;

/**
 * A procedure as adjudicated (SVC01) or as submitted (SVC06): qualifier ({@code HC} HCPCS/CPT, {@code NU} revenue
 * code, {@code N4} NDC, …), code, up to four modifiers, and a description (SVC06 only).
 */
public record Procedure(String qualifier, String code, List<String> modifiers, String description) {

    public Procedure {
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    }
}
