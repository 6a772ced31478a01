package org.openrcm.x12.remit;

/**
 * A person or organization named in a claim payment (NM1): patient, insured, corrected name, rendering provider,
 * crossover carrier, corrected priority payer or other subscriber.
 *
 * @param entityType NM102: {@code 1} person, {@code 2} organization
 * @param lastName NM103, the last or organization name
 * @param idQualifier NM108, e.g. {@code MI} member id, {@code XX} NPI
 */
public record Party(
        String entityType,
        String lastName,
        String firstName,
        String middleName,
        String suffix,
        String idQualifier,
        String id) {}
