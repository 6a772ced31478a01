package org.openrcm.x12.remit;

import java.time.LocalDate;

/**
 * The header of one 835 (ST to loop 1000B): the payment, the reassociation trace that ties it to the money (TRN02
 * check or EFT trace number, TRN03 payer identifier), currency, receiver and version ids, production date, payer and
 * payee. The reader hands it out before the claim payments.
 */
public record RemittanceHeader(
        Payment payment,
        String traceNumber,
        String tracePayerId,
        String traceSupplementalCode,
        String currency,
        String receiverId,
        String versionId,
        LocalDate productionDate,
        Payer payer,
        Payee payee) {}
