package org.openrcm.app.identity;

/** What a user does all day; decides the pages and commands open to them. */
public enum Role {
    ADMIN("Administrator"),
    MANAGER("Billing manager"),
    CODER("Coder"),
    BILLER("Biller");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Parses a role name as a person types it ("coder", "Coder", "CODER"). */
    public static Role parse(String text) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return role;
            }
        }
        throw new IllegalArgumentException(
                "unknown role '" + text + "': expected one of ADMIN, MANAGER, CODER, BILLER");
    }
}
