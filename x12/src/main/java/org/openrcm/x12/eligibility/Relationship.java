package org.openrcm.x12.eligibility;

/**
 * An INS in 2100C/2100D: the patient's relationship to the subscriber, and (271) a change of identifying data.
 *
 * @param insured INS01: {@code Y} subscriber, {@code N} dependent
 * @param relationship INS02: {@code 18} self, {@code 01} spouse, {@code 19} child, ...
 * @param maintenanceType INS03: {@code 001} the payer changed identifying information (271)
 * @param maintenanceReason INS04: {@code 25} change in identifying data elements (271)
 * @param birthSequence INS17, the order of birth of twins and triplets, or {@code null}
 */
public record Relationship(
        String insured, String relationship, String maintenanceType, String maintenanceReason, Integer birthSequence) {}
