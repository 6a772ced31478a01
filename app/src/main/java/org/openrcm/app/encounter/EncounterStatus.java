package org.openrcm.app.encounter;

/** Where an encounter stands. The coding workflow adds its states (coded, on hold for a provider query, billed). */
public enum EncounterStatus {
    AWAITING_CODING("Awaiting coding");

    private final String title;

    EncounterStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
