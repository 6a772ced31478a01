package org.openrcm.app.coding;

/** Where an encounter on the coding worklist stands, as the coder reads it. */
public enum WorklistStatus {
    AWAITING_CODING("Awaiting coding"),
    IN_PROGRESS("In progress"),
    /** Coded, but its claim is held at the scrub gate by a finding for the coder. */
    HELD("Held by findings");

    private final String title;

    WorklistStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
