package org.openrcm.x12.remit;

import java.util.List;

/**
 * Who pays (loop 1000A): name, payer identifier (N104 with qualifier XV), address, additional identifiers (REF 2U, EO,
 * HI, NF), business contact (PER*CX), technical contacts (PER*BL) and web site (PER*IC).
 */
public record Payer(
        String name,
        String id,
        Address address,
        List<Reference> ids,
        Contact businessContact,
        List<Contact> technicalContacts,
        String website) {

    public Payer {
        ids = ids == null ? List.of() : List.copyOf(ids);
        technicalContacts = technicalContacts == null ? List.of() : List.copyOf(technicalContacts);
    }
}
