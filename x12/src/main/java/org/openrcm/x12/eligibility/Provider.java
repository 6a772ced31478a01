package org.openrcm.x12.eligibility;

import java.util.List;

/** The information receiver (2100B): the provider who asks, or is answered. */
public record Provider(Name name, List<Reference> references, Address address, ProviderInformation information) {

    public Provider {
        references = List.copyOf(references);
    }

    public String npi() {
        return name.npi();
    }
}
