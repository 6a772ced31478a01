package org.openrcm.x12.eligibility;

import java.util.Map;

/**
 * An AAA: the payer could not answer (or not in full) and says why and what to do.
 *
 * @param validRequest AAA01: {@code Y} the request was valid but could not be answered, {@code N} it was not valid
 * @param reason AAA03, e.g. {@code 72} invalid member id, {@code 75} subscriber not found
 * @param followUp AAA04, e.g. {@code C} correct and resubmit, {@code N} resubmission not allowed
 */
public record Rejection(String validRequest, String reason, String followUp) {

    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("04", "Authorized quantity exceeded"),
            Map.entry("15", "Required application data missing"),
            Map.entry("33", "Input errors"),
            Map.entry("41", "Authorization/access restrictions"),
            Map.entry("42", "Unable to respond at current time"),
            Map.entry("43", "Invalid/missing provider identification"),
            Map.entry("44", "Invalid/missing provider name"),
            Map.entry("50", "Provider ineligible for inquiries"),
            Map.entry("51", "Provider not on file"),
            Map.entry("56", "Inappropriate date"),
            Map.entry("57", "Invalid/missing date(s) of service"),
            Map.entry("58", "Invalid/missing date of birth"),
            Map.entry("62", "Date of service not within allowable inquiry period"),
            Map.entry("63", "Date of service in future"),
            Map.entry("64", "Invalid/missing patient ID"),
            Map.entry("65", "Invalid/missing patient name"),
            Map.entry("67", "Patient not found"),
            Map.entry("68", "Duplicate patient ID number"),
            Map.entry("71", "Patient birth date does not match that for the patient on the database"),
            Map.entry("72", "Invalid/missing subscriber/insured ID"),
            Map.entry("73", "Invalid/missing subscriber/insured name"),
            Map.entry("75", "Subscriber/insured not found"),
            Map.entry("76", "Duplicate subscriber/insured ID number"),
            Map.entry("79", "Invalid participant identification"),
            Map.entry("80", "No response received - transaction terminated"),
            Map.entry("T4", "Payer name or identifier missing"));

    private static final Map<String, String> FOLLOW_UPS = Map.of(
            "C", "Please correct and resubmit",
            "N", "Resubmission not allowed",
            "P", "Please resubmit original transaction",
            "R", "Resubmission allowed",
            "S", "Do not resubmit; inquiry initiated to a third party",
            "W", "Please wait 30 days and resubmit",
            "X", "Please wait 10 days and resubmit",
            "Y", "Do not resubmit; we will hand deliver the response");

    /** The reason in words, for the codes billers meet most; else the code itself. */
    public String reasonText() {
        return REASONS.getOrDefault(reason, "Reject reason " + reason);
    }

    /** What to do next, in words. */
    public String followUpText() {
        return FOLLOW_UPS.getOrDefault(followUp, "Follow-up " + followUp);
    }
}
