package org.openrcm.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The money movement of a remittance (BPR): how it is handled, how much, credit or debit, by which method, from which
 * bank account to which, and when.
 *
 * @param handlingCode BPR01: {@code C} payment with advice, {@code I} advice only, {@code H} notification only, …
 * @param amount BPR02, the total actual provider payment
 * @param creditDebit BPR03: {@code C} or {@code D}
 * @param method BPR04: {@code ACH}, {@code CHK}, {@code BOP}, {@code FWT} or {@code NON}
 * @param format BPR05: {@code CCP} or {@code CTX} for ACH
 * @param payerIdentifier BPR10, the originating company identifier
 * @param payerSupplementalCode BPR11
 * @param date BPR16, the check issue or EFT effective date
 */
public record Payment(
        String handlingCode,
        BigDecimal amount,
        String creditDebit,
        String method,
        String format,
        String senderBankQualifier,
        String senderBankRouting,
        String senderAccountQualifier,
        String senderAccount,
        String payerIdentifier,
        String payerSupplementalCode,
        String receiverBankQualifier,
        String receiverBankRouting,
        String receiverAccountQualifier,
        String receiverAccount,
        LocalDate date) {}
