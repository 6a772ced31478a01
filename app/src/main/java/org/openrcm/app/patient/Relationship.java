package org.openrcm.app.patient;

/** The patient's relationship to the subscriber of a coverage (837 loop 2000B SBR02 / 2000C PAT01). */
public enum Relationship {
    SELF("Self"),
    SPOUSE("Spouse"),
    CHILD("Child"),
    OTHER("Other");

    private final String title;

    Relationship(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
