package org.nianbao.report;

import org.nianbao.rules.Severity;

/**
 * How the text output marks what matters on a terminal: plain, or with ANSI colours (severities, the verdict, file
 * names in bold). The words are the same either way, so nothing is said by colour alone.
 */
public final class TextStyle {
    /** No escape codes: files, pipes, {@code NO_COLOR}. */
    public static final TextStyle PLAIN = new TextStyle(false);
    /** ANSI colours. */
    public static final TextStyle ANSI = new TextStyle(true);

    private static final String RESET = "\033[0m";
    private final boolean on;

    private TextStyle(boolean on) {
        this.on = on;
    }

    public boolean colours() {
        return on;
    }

    String file(String s) {
        return wrap("\033[1m", s);
    }

    String severity(Severity severity, String s) {
        return switch (severity) {
            case ERROR -> wrap("\033[31m", s);
            case WARNING -> wrap("\033[33m", s);
            default -> wrap("\033[36m", s);
        };
    }

    String pass(String s) {
        return wrap("\033[32m", s);
    }

    String fail(String s) {
        return wrap("\033[1;31m", s);
    }

    String unreadable(String s) {
        return wrap("\033[1;35m", s);
    }

    String dim(String s) {
        return wrap("\033[2m", s);
    }

    private String wrap(String code, String s) {
        return on ? code + s + RESET : s;
    }
}
