package org.openrcm.app.practice;

import java.util.Objects;
import org.openrcm.app.kernel.CompanyId;

/** Command: the billing company starts billing a payer. */
public record NewPayer(
        CompanyId companyId, String code, String name, PayerKind kind, String electronicId, int timelyFilingDays) {
    public NewPayer {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(electronicId, "electronicId");
        if (code == null || !code.matches("[A-Z0-9-]{2,20}")) {
            throw new IllegalArgumentException("a payer code is 2 to 20 capital letters, digits or dashes: " + code);
        }
        if (timelyFilingDays <= 0) {
            throw new IllegalArgumentException("the timely filing limit is a positive number of days");
        }
    }
}
