package org.openrcm.app.practice;

/** What kind of payer, which decides filing rules and claim forms later on. */
public enum PayerKind {
    MEDICARE("Medicare"),
    MEDICAID("Medicaid"),
    COMMERCIAL("Commercial"),
    OTHER("Other");

    private final String title;

    PayerKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
