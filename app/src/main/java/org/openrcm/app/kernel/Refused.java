package org.openrcm.app.kernel;

import java.util.Objects;

/**
 * A command or request the application refuses for an expected reason (not a bug). Carries a stable code for
 * programs, a sentence for people and the HTTP status it maps to; rendered as problem+json (REST), an inline
 * message or error page (UI) or a non-zero exit with the message (CLI). Never carries personal data.
 */
public final class Refused extends RuntimeException {
    private final String code;
    private final int httpStatus;

    public Refused(String code, int httpStatus, String message) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.httpStatus = httpStatus;
    }

    /** Something the caller may not see or that does not exist; both answer the same, so nothing leaks. */
    public static Refused notFound(String what) {
        return new Refused("NOT_FOUND", 404, "No such " + what + ".");
    }

    public static Refused invalid(String code, String message) {
        return new Refused(code, 400, message);
    }

    public static Refused conflict(String code, String message) {
        return new Refused(code, 409, message);
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
