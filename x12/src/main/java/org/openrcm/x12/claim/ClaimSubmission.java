package org.openrcm.x12.claim;

import java.time.LocalDate;

/**
 * The header of one 837 transaction set (BHT, 1000A submitter, 1000B receiver); the reader hands it out before the
 * claims of the set, the writer takes it to start one.
 *
 * @param purpose BHT02: 00 original, 18 reissue
 * @param reference BHT03: the submitter's batch reference
 * @param claimOrEncounter BHT06: CH chargeable, RP reporting (encounters), 31 subrogation demand
 */
public record ClaimSubmission(
        String purpose,
        String reference,
        LocalDate created,
        String time,
        String claimOrEncounter,
        String submitterName,
        String submitterId,
        String contactName,
        String contactPhone,
        String receiverName,
        String receiverId) {}
