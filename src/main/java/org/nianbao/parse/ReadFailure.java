package org.nianbao.parse;

import java.util.Map;

/**
 * A file could not be read. Carries the cause and named details (e.g. {@code line}, {@code column}, {@code limit})
 * for the user's message; {@link #getMessage()} is a technical English detail.
 */
public final class ReadFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final InputProblem problem;
    private final transient Map<String, Object> details;

    public ReadFailure(InputProblem problem, String detail, Map<String, Object> details, Throwable cause) {
        super(detail, cause);
        this.problem = problem;
        this.details = Map.copyOf(details);
    }

    public ReadFailure(InputProblem problem, String detail) {
        this(problem, detail, Map.of(), null);
    }

    public ReadFailure(InputProblem problem, String detail, Throwable cause) {
        this(problem, detail, Map.of(), cause);
    }

    public InputProblem problem() {
        return problem;
    }

    public Map<String, Object> details() {
        return details;
    }
}
