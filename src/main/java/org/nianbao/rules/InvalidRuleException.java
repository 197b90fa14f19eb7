package org.nianbao.rules;

/** Thrown by a rule kind when a rule's parameters make no sense; the loader adds the file and rule id. */
public final class InvalidRuleException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidRuleException(String problem) {
        super(problem);
    }
}
