package org.openrcm.x12.eligibility;

/**
 * An NM1: a payer, a provider, a subscriber, a dependent or a benefit related entity.
 *
 * @param entityCode NM101, e.g. {@code PR} payer, {@code 1P} provider, {@code IL} subscriber, {@code 03} dependent
 * @param entityType NM102: {@code 1} person, {@code 2} organization
 * @param last NM103, last name or organization name
 * @param idQualifier NM108, e.g. {@code PI} payer id, {@code XX} NPI, {@code MI} member id
 * @param id NM109
 */
public record Name(
        String entityCode,
        String entityType,
        String last,
        String first,
        String middle,
        String suffix,
        String idQualifier,
        String id) {

    /** The NPI, when the identifier is one ({@code XX}); else empty. */
    public String npi() {
        return "XX".equals(idQualifier) ? id : "";
    }

    /** The name as a person reads it: "MARY SMITH", or the organization's name. */
    public String displayName() {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {first, middle, last, suffix}) {
            if (part != null && !part.isEmpty()) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(part);
            }
        }
        return b.toString();
    }
}
