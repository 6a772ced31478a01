package org.openrcm.x12.eligibility;

import java.util.List;

/**
 * A 2120C/2120D loop: someone the benefit points to: another payer, a primary care provider, a plan sponsor.
 *
 * @param relationship NM110 (e.g. {@code 41} spouse, for another payer's insured), or empty
 */
public record RelatedEntity(
        Name name, String relationship, Address address, List<Contact> contacts, ProviderInformation information) {

    public RelatedEntity {
        contacts = List.copyOf(contacts);
    }
}
