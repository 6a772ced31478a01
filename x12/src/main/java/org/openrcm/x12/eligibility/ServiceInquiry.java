package org.openrcm.x12.eligibility;

import java.util.List;

/**
 * One 2110C/2110D loop of a 270: what the provider asks about.
 *
 * @param serviceTypes EQ01, e.g. {@code 30} health benefit plan coverage, {@code 98} office visit
 * @param procedure EQ02, or {@code null}
 * @param coverageLevel EQ03, e.g. {@code FAM}, or empty
 * @param amounts AMT (spend down, billed amount)
 * @param additionalInformation III (place of service)
 * @param reference REF (referral or prior authorization number), or {@code null}
 * @param date DTP*291, or {@code null}
 */
public record ServiceInquiry(
        List<String> serviceTypes,
        Procedure procedure,
        String coverageLevel,
        List<Amount> amounts,
        List<AdditionalInformation> additionalInformation,
        Reference reference,
        DatePeriod date) {

    public ServiceInquiry {
        serviceTypes = List.copyOf(serviceTypes);
        amounts = List.copyOf(amounts);
        additionalInformation = List.copyOf(additionalInformation);
    }

    /** An inquiry for service types only. */
    public static ServiceInquiry of(String... serviceTypes) {
        return new ServiceInquiry(List.of(serviceTypes), null, "", List.of(), List.of(), null, null);
    }
}
