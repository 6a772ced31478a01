package org.openrcm.app.cli;

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
}
