package org.openrcm.x12.eligibility;

import java.util.List;

/**
 * A composite medical procedure identifier (EQ02, EB13).
 *
 * @param qualifier {@code HC} HCPCS/CPT, {@code AD} ADA, {@code N4} NDC, {@code IV}, {@code CJ}, {@code ID},
 *     {@code ZZ}
 * @param modifiers up to four
 * @param productId component 8, the end of a range of procedure codes, or empty
 */
public record Procedure(String qualifier, String code, List<String> modifiers, String productId) {

    public Procedure {
        modifiers = List.copyOf(modifiers);
    }
}
