package org.openrcm.app.practice;

import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.PayerId;

/** A payer the billing company bills, with its electronic payer id and filing limit in days. */
public record PayerView(
        PayerId id,
        CompanyId companyId,
        String code,
        String name,
        PayerKind kind,
        String electronicId,
        int timelyFilingDays) {}
