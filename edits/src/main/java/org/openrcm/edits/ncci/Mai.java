package org.openrcm.edits.ncci;

import org.jspecify.annotations.Nullable;

/** The MUE adjudication indicator: how CMS counts the units an MUE caps. */
public enum Mai {
    /** 1: per claim line; units on separate lines with a modifier (59, 76, 77, anatomic …) are counted apart. */
    LINE(1, "line edit"),
    /**
     * 2: per date of service, absolute: units of all lines of the day are added; set by policy or code descriptor,
     * not to be exceeded on appeal.
     */
    DATE_OF_SERVICE_POLICY(2, "date of service edit: policy"),
    /** 3: per date of service, clinical: units of the day added; may be paid above on appeal with documentation. */
    DATE_OF_SERVICE_CLINICAL(3, "date of service edit: clinical");

    private final int code;
    private final String description;

    Mai(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** Whether units are added over all the lines of a date of service (MAI 2 and 3). */
    public boolean perDateOfService() {
        return this != LINE;
    }

    static @Nullable Mai of(int code) {
        return switch (code) {
            case 1 -> LINE;
            case 2 -> DATE_OF_SERVICE_POLICY;
            case 3 -> DATE_OF_SERVICE_CLINICAL;
            default -> null;
        };
    }
}
