package org.openrcm.x12.eligibility;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * BHT of a 270 or 271: why it was sent and when.
 *
 * @param purpose BHT02: {@code 13} request, {@code 01} cancellation (270); {@code 11} response, {@code 06}
 *     confirmation (271)
 * @param reference BHT03, the submitter's identifier of the transaction (a 271 repeats the 270's)
 * @param transactionType BHT06, {@code RT} for real time, else empty
 */
public record TransactionHeader(
        String purpose, String reference, LocalDate date, LocalTime time, String transactionType) {}
