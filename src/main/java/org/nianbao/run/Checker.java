package org.nianbao.run;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.nianbao.model.LevelInference;
import org.nianbao.model.Report;
import org.nianbao.model.Text;
import org.nianbao.parse.DocumentParser;
import org.nianbao.parse.FormatSniffer;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.ReadFailure;
import org.nianbao.rules.RuleEngine;

/**
 * Checks one file: read it ({@link Reading}: in this process or in a worker), apply the user's overrides, pair it
 * with the same body's report of the year before, run the rules. A file that cannot be read gives its
 * {@link FileResult.Unreadable} outcome, never an exception.
 */
public final class Checker {
    private final RuleEngine engine;
    private final CheckOptions options;
    private final Reading reading;
    private PreviousReports previous = PreviousReports.NONE;
    private PublicationDates dates = PublicationDates.NONE;

    public Checker(RuleEngine engine, CheckOptions options, Reading reading) {
        this.engine = engine;
        this.options = options;
        this.reading = reading;
    }

    /** A checker that reads in this process with these parsers. */
    public Checker(RuleEngine engine, CheckOptions options, Map<InputFormat, DocumentParser> parsers,
            Function<RawDocument, Report> recognizer) {
        this(engine, options, new LocalReading(options.limits(), parsers, recognizer));
    }

    /** Pairs each report checked from now on with the same body's report of the year before, found in the index. */
    public Checker previous(PreviousReports index) {
        this.previous = index;
        return this;
    }

    /** Takes each report's publication date from this list when it names the report (over every other date). */
    public Checker publicationDates(PublicationDates list) {
        this.dates = list;
        return this;
    }

    /** Reads a file, or empty when it cannot be read (the report a {@link PreviousReports} index hands out). */
    public Optional<Report> readQuietly(Path file) {
        return Optional.ofNullable(overridden(null, reading.read(file, false)).report());
    }

    /**
     * Reads only the opening of a file, enough to tell its body and year (for filling a {@link PreviousReports}
     * index cheaply), or empty when it cannot be read. Nothing is checked from this read.
     */
    public Optional<Report> identifyQuietly(Path file) {
        return Optional.ofNullable(overridden(null, reading.read(file, true)).report());
    }

    public FileResult check(Path file) {
        return check(file, file);
    }

    /**
     * Checks the file at {@code content}, shown and reported as {@code shown} (a file unzipped or read from standard
     * input has a name of its own that is not where its content is).
     */
    public FileResult check(Path shown, Path content) {
        long start = System.nanoTime();
        Optional<FileResult.Unreadable> hopeless = previous.openingTimedOut(content);
        if (hopeless.isPresent()) {
            return FileResult.unreadable(shown, FormatSniffer.detectQuietly(content).id(), hopeless.get(), 0);
        }
        Reading.Outcome read = read(shown, content);
        if (read.report() == null) {
            return unread(shown, content, read, elapsed(start));
        }
        return evaluate(shown, read.format(), read.report(), previous.previousOf(read.report()).orElse(null),
                elapsed(start));
    }

    /**
     * Reads the file at {@code content} (shown as {@code shown}) with the user's overrides applied, without checking
     * it: the first half of {@link #check}.
     */
    public Reading.Outcome read(Path shown, Path content) {
        return overridden(shown, reading.read(content, false));
    }

    /** The outcome of a file {@link #read} could not read. */
    public FileResult unread(Path shown, Path content, Reading.Outcome read, long millis) {
        // a file not read whole (too large, timed out in a worker) is still named by its kind, not "unknown"
        String format = read.format().equals(InputFormat.UNKNOWN.id())
                ? FormatSniffer.detectQuietly(content).id() : read.format();
        return new FileResult(shown, format, null, null, read.unreadable(), millis);
    }

    /**
     * Runs the rules on a report {@link #read} gave, paired with the same body's report of the year before (or its
     * {@link #lastYearDigest}; null when there is none): the second half of {@link #check}. {@code millis} is the time
     * already spent on the file; the rules' time is added.
     */
    public FileResult evaluate(Path shown, String format, Report report, Report lastYear, long millis) {
        long start = System.nanoTime();
        if (lastYear != null) {
            report.previous(lastYear);
        }
        RuleEngine.Evaluation evaluation = engine.evaluate(report, options.profile());
        return new FileResult(shown, format, report, evaluation, null, millis + elapsed(start));
    }

    /** What the rules read of this report when it is the year before another's (see {@link RuleEngine}). */
    public Report lastYearDigest(Report report) {
        return engine.lastYearDigest(report);
    }

    /** Reads a file into the model with the user's overrides applied, without checking it. */
    public Report read(Path file) throws ReadFailure {
        Reading.Outcome read = overridden(file, reading.read(file, false));
        if (read.report() == null) {
            FileResult.Unreadable u = read.unreadable();
            throw new ReadFailure(u.problem(), u.detail(), u.details(), null);
        }
        return read.report();
    }

    /** The user's overrides applied; {@code shown} is null for a report read for another's sake (last year's). */
    private Reading.Outcome overridden(Path shown, Reading.Outcome read) {
        Report report = read.report();
        if (report == null) {
            return read;
        }
        if (options.level() != null) {
            report.level(new LevelInference.Decision(options.level(), "option",
                    Text.of("由 --level 指定", "given with --level")), "option");
        }
        if (options.published() != null) {
            report.published(options.published(), "option");
        }
        if (shown != null) { // the list names the reports checked, not last year's
            dates.lookup(shown, report).ifPresent(d -> report.published(d, "list"));
        }
        return read;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
