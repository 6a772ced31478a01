package org.openrcm.app.cli;

import org.jspecify.annotations.Nullable;

/** A command that cannot go on: the message is printed as is, the process exits with {@code exitCode}. */
final class CliFailure extends RuntimeException {
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final int exitCode;

    CliFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }

    /** The first line of a message from a library (a driver's or a parser's), for a one-line answer. */
    static String firstLine(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        String text = message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
