package org.openrcm.x12.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One 2110C/2110D loop of a 271: an EB and what qualifies it. {@code code} says what kind of fact it is: coverage
 * status ({@code 1} active … {@code 6} inactive), a cost share ({@code A} co-insurance, {@code B} co-payment,
 * {@code C} deductible, {@code G} out of pocket), a limitation, another payer ({@code R}), ...
 *
 * @param code EB01
 * @param coverageLevel EB02, e.g. {@code IND} individual, {@code FAM} family, or empty
 * @param serviceTypes EB03, e.g. {@code 30} health benefit plan coverage, {@code 98} office visit
 * @param insuranceType EB04, e.g. {@code HM} HMO, {@code MB} Medicare Part B, or empty
 * @param planDescription EB05
 * @param timePeriod EB06, e.g. {@code 23} calendar year, {@code 29} remaining, {@code 27} visit, or empty
 * @param amount EB07, or {@code null}
 * @param percent EB08 as a fraction ({@code 0.2} is 20 %), or {@code null}
 * @param quantityQualifier EB09, e.g. {@code VS} visits, or empty
 * @param quantity EB10, or {@code null}
 * @param authorizationRequired EB11: {@code Y}, {@code N}, {@code U} unknown, or empty
 * @param inPlanNetwork EB12: {@code Y} in network, {@code N} out of network, {@code W} both, {@code U}, or empty
 * @param procedure EB13, or {@code null}
 * @param deliveries HSD
 * @param dates DTP: {@code 291} plan, {@code 346}/{@code 347} plan begin/end, {@code 356}/{@code 357} eligibility
 * @param messages MSG, free text from the payer
 * @param additionalInformation III (2115)
 * @param relatedEntities 2120: another payer, the primary care provider, ...
 */
public record Benefit(
        String code,
        String coverageLevel,
        List<String> serviceTypes,
        String insuranceType,
        String planDescription,
        String timePeriod,
        BigDecimal amount,
        BigDecimal percent,
        String quantityQualifier,
        BigDecimal quantity,
        String authorizationRequired,
        String inPlanNetwork,
        Procedure procedure,
        List<ServiceDelivery> deliveries,
        List<Reference> references,
        List<DatePeriod> dates,
        List<Rejection> rejections,
        List<String> messages,
        List<AdditionalInformation> additionalInformation,
        List<RelatedEntity> relatedEntities) {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("1", "Active coverage"),
            Map.entry("2", "Active - full risk capitation"),
            Map.entry("3", "Active - services capitated"),
            Map.entry("4", "Active - services capitated to primary care physician"),
            Map.entry("5", "Active - pending investigation"),
            Map.entry("6", "Inactive"),
            Map.entry("7", "Inactive - pending eligibility update"),
            Map.entry("8", "Inactive - pending investigation"),
            Map.entry("A", "Co-insurance"),
            Map.entry("B", "Co-payment"),
            Map.entry("C", "Deductible"),
            Map.entry("CB", "Coverage basis"),
            Map.entry("D", "Benefit description"),
            Map.entry("E", "Exclusions"),
            Map.entry("F", "Limitations"),
            Map.entry("G", "Out of pocket (stop loss)"),
            Map.entry("H", "Unlimited"),
            Map.entry("I", "Non-covered"),
            Map.entry("J", "Cost containment"),
            Map.entry("K", "Reserve"),
            Map.entry("L", "Primary care provider"),
            Map.entry("M", "Pre-existing condition"),
            Map.entry("MC", "Managed care coordinator"),
            Map.entry("N", "Services restricted to following provider"),
            Map.entry("O", "Not deemed a medical necessity"),
            Map.entry("P", "Benefit disclaimer"),
            Map.entry("Q", "Second surgical opinion required"),
            Map.entry("R", "Other or additional payer"),
            Map.entry("S", "Prior year(s) history"),
            Map.entry("T", "Card(s) reported lost/stolen"),
            Map.entry("U", "Contact following entity for eligibility or benefit information"),
            Map.entry("V", "Cannot process"),
            Map.entry("W", "Other source of data"),
            Map.entry("X", "Health care facility"),
            Map.entry("Y", "Spend down"));

    public Benefit {
        serviceTypes = List.copyOf(serviceTypes);
        deliveries = List.copyOf(deliveries);
        references = List.copyOf(references);
        dates = List.copyOf(dates);
        rejections = List.copyOf(rejections);
        messages = List.copyOf(messages);
        additionalInformation = List.copyOf(additionalInformation);
        relatedEntities = List.copyOf(relatedEntities);
    }

    /** A benefit with only the EB elements filled (no HSD, REF, DTP, AAA, MSG, III, 2120). */
    public static Benefit of(
            String code,
            String coverageLevel,
            List<String> serviceTypes,
            String insuranceType,
            String planDescription,
            String timePeriod,
            BigDecimal amount,
            BigDecimal percent,
            String inPlanNetwork) {
        return new Benefit(
                code,
                coverageLevel,
                serviceTypes,
                insuranceType,
                planDescription,
                timePeriod,
                amount,
                percent,
                "",
                null,
                "",
                inPlanNetwork,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** EB01 1 to 5: the patient is covered. */
    public boolean isActiveCoverage() {
        return code.length() == 1 && code.charAt(0) >= '1' && code.charAt(0) <= '5';
    }

    /** EB01 6 to 8: the patient is not covered. */
    public boolean isInactiveCoverage() {
        return code.length() == 1 && code.charAt(0) >= '6' && code.charAt(0) <= '8';
    }

    /** EB01 in words. */
    public String codeText() {
        return CODES.getOrDefault(code, "Benefit " + code);
    }

    /** Whether the benefit applies to service type {@code serviceType} (a benefit without service types applies to all). */
    public boolean covers(String serviceType) {
        return serviceTypes.isEmpty() || serviceTypes.contains(serviceType);
    }
}
