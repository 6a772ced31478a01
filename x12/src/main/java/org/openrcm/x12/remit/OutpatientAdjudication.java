package org.openrcm.x12.remit;

import java.math.BigDecimal;
import java.util.List;

/**
 * Outpatient adjudication (MOA): reimbursement rate, HCPCS payable amount, up to five claim payment remark codes
 * (MOA03 to MOA07), ESRD payment amount and nonpayable professional component amount.
 */
public record OutpatientAdjudication(
        BigDecimal reimbursementRate,
        BigDecimal hcpcsPayableAmount,
        List<String> remarkCodes,
        BigDecimal esrdPaymentAmount,
        BigDecimal nonpayableProfessionalComponentAmount) {

    public OutpatientAdjudication {
        remarkCodes = remarkCodes == null ? List.of() : List.copyOf(remarkCodes);
    }
}
