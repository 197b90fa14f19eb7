package org.nianbao.hostile;

import java.nio.file.Path;
import java.time.Duration;
import org.nianbao.parse.ReadLimits;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleFileException;
import org.nianbao.rules.RuleLoader;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.FileResult;
import org.nianbao.run.Readers;
import org.nianbao.testing.Deadline;

/**
 * Checks one hostile file in-process through {@link Checker}, on a thread of its own so the test can stop waiting
 * after a limit of CPU time ({@link Deadline}: a busy machine slows the wall clock, not the work). What comes back is a report or an {@code INPUT.*} outcome from the reader; anything else (an
 * exception escaping the checker, an error such as OutOfMemoryError, running past the limit) is a failure of the
 * reader, never turned into an outcome as the batch runner would.
 */
final class HostileRun {
    /** CPU time one input may take: generous (the costliest take a few seconds); a real hang runs for ever. */
    static final Duration LIMIT = Duration.ofSeconds(Long.getLong("nianbao.hostile.seconds", 30));
    private static final RuleEngine ENGINE = engine();
    private static final Checker DEFAULT = checker(ReadLimits.DEFAULT);

    private HostileRun() {
    }

    /** What became of one input: {@code report}, an outcome code such as {@code INPUT.TOO_LARGE}, or a failure. */
    record Outcome(String kind, String detail, boolean failure) {
        @Override
        public String toString() {
            return kind + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    private static RuleEngine engine() {
        try {
            return new RuleEngine(RuleLoader.builtIn());
        } catch (RuleFileException e) {
            throw new IllegalStateException(e);
        }
    }

    static Checker checker(ReadLimits limits) {
        return new Checker(ENGINE, new CheckOptions(null, null, null, limits), Readers.parsers(),
                Readers.recognizer());
    }

    static Outcome check(Path file) {
        return check(DEFAULT, file, LIMIT);
    }

    static Outcome check(Path file, Duration limit) {
        return check(DEFAULT, file, limit);
    }

    static Outcome check(Checker checker, Path file, Duration limit) {
        Deadline.Result<FileResult> r = Deadline.run("hostile-" + file.getFileName(), limit, () -> {
            checker.identifyQuietly(file); // the opening read a batch pairs years with: must not hang or blow up
            return checker.check(file);
        });
        if (r instanceof Deadline.Done<FileResult> done) {
            FileResult result = done.value();
            return result.unreadable() == null ? new Outcome("report", result.inputFormat(), false)
                    : new Outcome(result.unreadable().problem().code(), result.unreadable().detail(), false);
        }
        if (r instanceof Deadline.Threw<FileResult> threw) {
            Throwable t = threw.cause();
            return new Outcome("CRASH", t.getClass().getName() + ": " + t.getMessage() + " at " + where(t), true);
        }
        return new Outcome("HANG", ((Deadline.Overran<FileResult>) r).why(), true);
    }

    private static String where(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        for (StackTraceElement e : trace) {
            if (e.getClassName().startsWith("org.nianbao")) {
                return e.toString();
            }
        }
        return trace.length == 0 ? "?" : trace[0].toString();
    }
}
