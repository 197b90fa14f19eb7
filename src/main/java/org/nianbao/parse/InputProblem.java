package org.nianbao.parse;

/** Why a file could not be checked. Each is an outcome of reading, not a rule. */
public enum InputProblem {
    /** Corrupt, truncated, or not the format its content claims. */
    UNREADABLE("INPUT.UNREADABLE"),
    /** Needs a password. */
    ENCRYPTED("INPUT.ENCRYPTED"),
    /** A scanned PDF without a text layer, or text that cannot be decoded. */
    NO_TEXT("INPUT.NO_TEXT"),
    /** A format nianbao does not read. */
    UNSUPPORTED("INPUT.UNSUPPORTED"),
    /** Over a configured limit. */
    TOO_LARGE("INPUT.TOO_LARGE"),
    /** No content at all. */
    EMPTY("INPUT.EMPTY"),
    /** Took longer than the per-file time limit of a batch. */
    TIMEOUT("INPUT.TIMEOUT");

    private final String code;

    InputProblem(String code) {
        this.code = code;
    }

    /** The outcome's id in outputs, e.g. {@code INPUT.ENCRYPTED}. */
    public String code() {
        return code;
    }
}
