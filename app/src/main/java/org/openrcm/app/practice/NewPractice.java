package org.openrcm.app.practice;

import java.util.Objects;
import org.openrcm.app.kernel.CompanyId;

/** Command: a billing company takes on a client practice. */
public record NewPractice(
        CompanyId companyId, String code, String name, Npi npi, String taxId, String taxonomy, Address address) {
    public NewPractice {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(address, "address");
        if (code == null || !code.matches("[A-Z0-9]{2,12}")) {
            throw new IllegalArgumentException("a practice code is 2 to 12 capital letters or digits: " + code);
        }
        if (taxId == null || !taxId.matches("\\d{9}")) {
            throw new IllegalArgumentException("a tax id (EIN) is nine digits");
        }
    }
}
