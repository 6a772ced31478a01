package org.openrcm.app.encounter;

/**
 * Where an encounter stands: waiting for the coder, coded into a claim held at the scrub gate, or billed (its claim
 * passed the gate). Stable names: they are stored.
 */
public enum EncounterStatus {
    AWAITING_CODING("Awaiting coding"),
    /** Coded and made into a claim that the scrub gate holds (a finding to fix). */
    CODED("Coded"),
    /** Coded and made into a claim that passed the scrub gate (ready to batch). */
    BILLED("Billed");

    private final String title;

    EncounterStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
