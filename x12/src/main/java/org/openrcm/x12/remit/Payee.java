package org.openrcm.x12.remit;

import java.util.List;

/**
 * Who is paid (loop 1000B): name, identifier with its qualifier (N103 {@code XX} NPI, {@code FI} tax id, {@code XV}
 * CMS plan id), address, additional identifiers (REF 0B, D3, PQ, TJ) and the remittance delivery method (RDM).
 */
public record Payee(
        String name, String idQualifier, String id, Address address, List<Reference> ids, RemittanceDelivery delivery) {

    public Payee {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    /** The payee's NPI: N104 when N103 is XX, else {@code null}. */
    public String npi() {
        return "XX".equals(idQualifier) ? id : null;
    }

    /** The payee's tax id: N104 when N103 is FI, else the REF*TJ, else {@code null}. */
    public String taxId() {
        if ("FI".equals(idQualifier)) {
            return id;
        }
        return ids.stream()
                .filter(r -> "TJ".equals(r.qualifier()))
                .map(Reference::value)
                .findFirst()
                .orElse(null);
    }
}
