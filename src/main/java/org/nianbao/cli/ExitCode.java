package org.nianbao.cli;

/** Exit codes: the contract with a publisher's CI. */
public final class ExitCode {
    /** Every file was read and no error was found. */
    public static final int OK = 0;
    /** At least one error was found (with {@code --fail-on warning}: an error or a warning). */
    public static final int ERRORS = 1;
    /** Usage, configuration or rule-file error. */
    public static final int USAGE = 2;
    /** At least one file could not be read (the others were still checked and reported). Wins over 1. */
    public static final int UNREADABLE = 3;

    private ExitCode() {
    }
}
