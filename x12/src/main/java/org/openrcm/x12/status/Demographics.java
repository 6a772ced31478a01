package org.openrcm.x12.status;

import java.time.LocalDate;

/** A person's birth date and gender (DMG) as a claim status request sends them to identify the patient. */
public record Demographics(LocalDate birthDate, String gender) {}
