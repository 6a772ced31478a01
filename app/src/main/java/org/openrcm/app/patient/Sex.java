package org.openrcm.app.patient;

/** Administrative sex as an 837 carries it (DMG03): F, M or U (unknown). */
public enum Sex {
    F("Female"),
    M("Male"),
    U("Unknown");

    private final String title;

    Sex(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
