package org.nianbao.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Report;
import org.nianbao.parse.FormatSniffer;
import org.nianbao.parse.InputProblem;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.Severity;
import org.nianbao.rules.Violation;

/**
 * The outcome of checking one file: a report with its violations, or the reason it could not be read.
 *
 * @param inputFormat the format detected from the content ({@code unknown} when none)
 * @param report      the report read (null when unreadable)
 * @param evaluation  the rules' verdict without the suppressed violations (null when unreadable)
 * @param unreadable  why the file could not be read (null when it was)
 * @param millis      time taken for this file
 * @param suppressed  violations a suppression entry accepted, with its reason; never counted, always shown
 */
public record FileResult(Path file, String inputFormat, Report report, RuleEngine.Evaluation evaluation,
        Unreadable unreadable, long millis, List<Suppressed> suppressed) {

    public FileResult {
        suppressed = List.copyOf(suppressed);
    }

    public FileResult(Path file, String inputFormat, Report report, RuleEngine.Evaluation evaluation,
            Unreadable unreadable, long millis) {
        this(file, inputFormat, report, evaluation, unreadable, millis, List.of());
    }

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

    /** A violation accepted by a suppression entry, and the entry's reason. */
    public record Suppressed(Violation violation, String reason) {
    }

    /** The outcome for a file that could not be read. */
    public static FileResult unreadable(Path file, String format, Unreadable why, long millis) {
        return new FileResult(file, format, null, null, why, millis);
    }

    /** The {@code what} of an out-of-memory outcome's details: the heap limit, in MB, that reading it passed. */
    public static final String MEMORY = "memory";

    /** The outcome for a file whose reading ran out of memory: too large for this heap, never the run's end. */
    public static FileResult outOfMemory(Path file, long millis) {
        return unreadable(file, FormatSniffer.detectQuietly(file).id(),
                outOfMemory(Runtime.getRuntime().maxMemory() >> 20), millis);
    }

    /** Why a file is unread when reading it ran out of a heap of this many megabytes (here or in a worker). */
    public static Unreadable outOfMemory(long heapMb) {
        return new Unreadable(InputProblem.TOO_LARGE, "reading it ran out of memory (" + heapMb + " MB)",
                Map.of("what", MEMORY, "limit", heapMb));
    }

    /** Whether this failure (or one it was caused by, or one it hid) was running out of memory. */
    public static boolean ranOutOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
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
