package org.openrcm.x12.eligibility;

/**
 * A PRV: the role of a provider and an identifier for it.
 *
 * @param providerCode PRV01, e.g. {@code PE} performing, {@code PC} primary care physician
 * @param qualifier PRV02, e.g. {@code PXC} taxonomy code
 * @param identifier PRV03
 */
public record ProviderInformation(String providerCode, String qualifier, String identifier) {}
