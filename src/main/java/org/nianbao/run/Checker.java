package org.nianbao.run;

import java.io.IOException;
import java.nio.file.Files;
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
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.Limit;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.json.JsonReportReader;
import org.nianbao.rules.RuleEngine;

/**
 * Checks one file: detect the format from its content, read it, recognise the report, apply the user's overrides,
 * run the rules. A file that cannot be read gives its {@link FileResult.Unreadable} outcome, never an exception.
 */
public final class Checker {
    private final RuleEngine engine;
    private final CheckOptions options;
    private final Map<InputFormat, DocumentParser> parsers;
    private final Function<RawDocument, Report> recognizer;
    private final JsonReportReader json = new JsonReportReader();
    private PreviousReports previous = PreviousReports.NONE;
    private PublicationDates dates = PublicationDates.NONE;

    public Checker(RuleEngine engine, CheckOptions options, Map<InputFormat, DocumentParser> parsers,
            Function<RawDocument, Report> recognizer) {
        this.engine = engine;
        this.options = options;
        this.parsers = Map.copyOf(parsers);
        this.recognizer = recognizer;
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
        return quietly(file, false);
    }

    /**
     * Reads only the opening of a file, enough to tell its body and year (for filling a {@link PreviousReports}
     * index cheaply), or empty when it cannot be read. Nothing is checked from this read.
     */
    public Optional<Report> identifyQuietly(Path file) {
        return quietly(file, true);
    }

    private Optional<Report> quietly(Path file, boolean openingOnly) {
        try {
            byte[] content = load(file);
            return Optional.of(read(null, content, FormatSniffer.detect(content), openingOnly));
        } catch (ReadFailure | IOException | RuntimeException e) {
            return Optional.empty();
        }
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
        String format = InputFormat.UNKNOWN.id();
        Path file = shown;
        try {
            byte[] bytes = load(content);
            InputFormat detected = FormatSniffer.detect(bytes);
            format = detected.id();
            Report report = read(shown, bytes, detected, false);
            format = report.inputFormat() == null ? format : report.inputFormat(); // "pdf (OCR)" for a scan
            previous.previousOf(report).ifPresent(report::previous);
            RuleEngine.Evaluation evaluation = engine.evaluate(report, options.profile());
            return new FileResult(file, format, report, evaluation, null, elapsed(start));
        } catch (ReadFailure e) {
            return new FileResult(file, format, null, null,
                    new FileResult.Unreadable(e.problem(), e.getMessage(), e.details()), elapsed(start));
        } catch (IOException e) {
            return new FileResult(file, format, null, null, new FileResult.Unreadable(InputProblem.UNREADABLE,
                    "cannot read the file: " + e.getMessage(), Map.of()), elapsed(start));
        }
    }

    /** Reads a file into the model with the user's overrides applied, without checking it. */
    public Report read(Path file) throws ReadFailure, IOException {
        byte[] content = load(file);
        return read(file, content, FormatSniffer.detect(content), false);
    }

    private Report read(Path shown, byte[] content, InputFormat format, boolean openingOnly) throws ReadFailure {
        Report report;
        if (format == InputFormat.JSON) {
            report = json.read(content, options.limits());
        } else {
            DocumentParser parser = parsers.get(format);
            if (parser == null) {
                throw new ReadFailure(InputProblem.UNSUPPORTED, "no reader for this kind of file ("
                        + format.id() + ")");
            }
            report = recognizer.apply(openingOnly ? parser.parseOpening(content, options.limits())
                    : parser.parse(content, options.limits()));
        }
        if (options.level() != null) {
            report.level(new LevelInference.Decision(options.level(), "option",
                    Text.of("由 --level 指定", "given with --level")), "option");
        }
        if (options.published() != null) {
            report.published(options.published(), "option");
        }
        if (shown != null) { // a report read for another's sake (last year's) takes no date from the list
            dates.lookup(shown, report).ifPresent(d -> report.published(d, "list"));
        }
        return report;
    }

    private byte[] load(Path file) throws IOException, ReadFailure {
        long size = Files.size(file);
        if (size > options.limits().maxBytes()) {
            throw Limit.BYTES.exceeded(options.limits().maxBytes(), "the file has " + size + " bytes");
        }
        byte[] content = Files.readAllBytes(file);
        if (isBlank(content)) {
            throw new ReadFailure(InputProblem.EMPTY, "the file is empty");
        }
        return content;
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != 0) {
                return false;
            }
        }
        return true;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
