package org.openrcm.x12.remit;

/** How the remittance advice travels separately from the payment (RDM): code, name, communication number. */
public record RemittanceDelivery(String code, String name, String number) {}
