package org.nianbao.model;

import java.util.Map;

/**
 * A problem a reader found in a file it could still read, for a rule to report (e.g. a JSON submission breaking the
 * schema: {@code code} is the schema keyword).
 *
 * @param kind  the family of problem, e.g. {@code json-schema}
 * @param code  the specific problem, e.g. {@code required}
 * @param args  named values for the message
 */
public record SourceProblem(String kind, String code, Map<String, Object> args, Location source) {
    public SourceProblem {
        args = Map.copyOf(args);
    }
}
