package org.openrcm.app.practice;

import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.PracticeId;

/** A client practice as lists and headers show it. */
public record PracticeView(
        PracticeId id,
        CompanyId companyId,
        String code,
        String name,
        Npi npi,
        String taxId,
        String taxonomy,
        Address address) {}
