package org.nianbao.rules;

/** A rule file is broken. Names the file, the rule (when known) and the problem; stops the run with exit 2. */
public final class RuleFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String ruleId;
    private final String problem;

    public RuleFileException(String file, String ruleId, String problem) {
        super(file + (ruleId == null ? "" : ", rule " + ruleId) + ": " + problem);
        this.file = file;
        this.ruleId = ruleId;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public String ruleId() {
        return ruleId;
    }

    public String problem() {
        return problem;
    }
}
