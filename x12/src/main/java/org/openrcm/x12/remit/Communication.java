package org.openrcm.x12.remit;

/** One way to reach a contact: qualifier ({@code TE} telephone, {@code EM} e-mail, {@code UR} web, …) and number. */
public record Communication(String qualifier, String number) {}
