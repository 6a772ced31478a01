package org.openrcm.x12.eligibility;

/**
 * A TRN: a trace number that ties a 271 to its 270.
 *
 * @param type TRN01: {@code 1} current transaction (the sender's own), {@code 2} referenced (a 270's, returned in
 *     the 271)
 * @param originator TRN03, the company that assigned the number ({@code 1} + EIN, or a 10 character id)
 * @param supplemental TRN04, a further identifier of the originator (a division, a department)
 */
public record Trace(String type, String number, String originator, String supplemental) {}
