package org.openrcm.x12.status;

/**
 * A party named in a status transaction (an NM1): payer, clearinghouse, information receiver, provider, subscriber
 * or patient.
 *
 * @param entity NM101: PR payer, AY clearinghouse, 41 receiver, 85 billing provider, 1P provider, IL subscriber, QC
 *     patient
 * @param entityType NM102: 1 person, 2 organization
 * @param idQualifier NM108, e.g. XX (NPI), PI (payer id), MI (member id), 46 (ETIN)
 * @param id NM109
 */
public record Party(
        String entity,
        String entityType,
        String lastOrOrganizationName,
        String firstName,
        String middleName,
        String prefix,
        String suffix,
        String idQualifier,
        String id) {

    /** An organization with an identifier. */
    public static Party organization(String entity, String name, String idQualifier, String id) {
        return new Party(entity, "2", name, null, null, null, null, idQualifier, id);
    }

    /** A person with an identifier ({@code idQualifier} and {@code id} may be {@code null}). */
    public static Party person(String entity, String last, String first, String idQualifier, String id) {
        return new Party(entity, "1", last, first, null, null, null, idQualifier, id);
    }

    /** The name as a biller reads it: "LAST, FIRST M" for a person, the name for an organization. */
    public String displayName() {
        StringBuilder b = new StringBuilder(lastOrOrganizationName == null ? "" : lastOrOrganizationName);
        if (firstName != null) {
            b.append(", ").append(firstName);
            if (middleName != null) {
                b.append(' ').append(middleName);
            }
        }
        return b.toString();
    }
}
