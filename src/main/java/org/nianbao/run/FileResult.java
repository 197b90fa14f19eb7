package org.nianbao.run;

import java.nio.file.Path;
import java.util.Map;
import org.nianbao.model.Report;
import org.nianbao.parse.InputProblem;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.Severity;

/**
 * The outcome of checking one file: a report with its violations, or the reason it could not be read.
 *
 * @param inputFormat the format detected from the content ({@code unknown} when none)
 * @param report      the report read (null when unreadable)
 * @param evaluation  the rules' verdict (null when unreadable)
 * @param unreadable  why the file could not be read (null when it was)
 * @param millis      time taken for this file
 */
public record FileResult(Path file, String inputFormat, Report report, RuleEngine.Evaluation evaluation,
        Unreadable unreadable, long millis) {

    /** pass, fail or unreadable. */
    public enum Status {
        PASS, FAIL, UNREADABLE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Why a file could not be read, with details for the message (line, column, limit …). */
    public record Unreadable(InputProblem problem, String detail, Map<String, Object> details) {
        public Unreadable {
            details = Map.copyOf(details);
        }
    }

    public Status status() {
        if (unreadable != null) {
            return Status.UNREADABLE;
        }
        return evaluation.count(Severity.ERROR) > 0 ? Status.FAIL : Status.PASS;
    }

    public long count(Severity severity) {
        return evaluation == null ? 0 : evaluation.count(severity);
    }
}
