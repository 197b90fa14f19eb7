package org.nianbao.cli;

/**
 * A mistake the person can fix (a path that does not exist, an output that cannot be written, a bad value): shown
 * as one line in Chinese and English and the command's help, never as a stack trace. Exit code 2 unless said.
 */
final class UserError extends RuntimeException {
    private final int exitCode;

    UserError(String zh, String en) {
        this(zh, en, ExitCode.USAGE, null);
    }

    UserError(String zh, String en, int exitCode, Throwable cause) {
        super(zh + " / " + en, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
