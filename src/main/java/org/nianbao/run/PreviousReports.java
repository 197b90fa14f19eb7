package org.nianbao.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.Report;
import org.nianbao.parse.InputProblem;

/**
 * Where each body's report of each year is, so a report can be checked against the same body's report of the year
 * before (the {@code XYEAR.*} rules). Filled from {@code check --previous} paths and from the batch's own files in a
 * first pass; lookups are safe from several threads once it is filled.
 *
 * <p>Indexing reads only the opening of each file (its title, period and signature); only the file is kept, not the
 * report, so memory stays flat however large the batch, and the earlier report is read whole when a later one asks
 * for it. Bodies are matched by a normalised name: whitespace, punctuation and a trailing parenthesis
 * (淮安市人民政府（报告由…编制）) removed. A file that cannot be read in time, or has no body or year, is
 * left out. When two files give the same body and year, the one listed first wins.
 */
public final class PreviousReports {
    /** Reads a file into a report, or empty when it cannot. */
    @FunctionalInterface
    public interface Reader {
        Optional<Report> read(Path file);
    }

    /** An index that knows no report. */
    public static final PreviousReports NONE = new PreviousReports(f -> Optional.empty(), f -> Optional.empty());

    private final Reader identifier;
    private final Reader reader;
    private final Map<String, Path> byKey = new HashMap<>();
    private final Map<Path, FileResult.Unreadable> timedOut = new HashMap<>();

    /**
     * @param identifier reads enough of a file to tell its body and year (when indexing)
     * @param reader     reads a whole file (when a later report asks for it)
     */
    public PreviousReports(Reader identifier, Reader reader) {
        this.identifier = identifier;
        this.reader = reader;
    }

    /**
     * Reads the opening of each file and indexes it, on {@code threads} threads with {@link BatchRunner}'s isolation:
     * a file over {@code timeout} or one that fails is left out (the batch's own check reports it).
     */
    public PreviousReports addAll(List<Path> files, int threads, Duration timeout) {
        return addAll(files, threads, TimeLimit.of(timeout));
    }

    /** As {@link #addAll(List, int, Duration)}, a scan given more time a page as {@code limit} says. */
    public PreviousReports addAll(List<Path> files, int threads, TimeLimit timeout) {
        try {
            new BatchRunner(this::opening, threads, timeout).run(files, r -> {
                if (r.report() != null) {
                    add(r.file(), r.report()); // results come in input order: the first listed wins
                } else if (r.unreadable() != null && r.unreadable().problem() == InputProblem.TIMEOUT) {
                    timedOut.put(r.file(), r.unreadable());
                }
            }, BatchRunner.Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the sink above writes nothing
        }
        return this;
    }

    /** The opening read as a result carrying only the report (null when unreadable); nothing is checked. */
    private FileResult opening(Path file) {
        return new FileResult(file, "", identifier.read(file).orElse(null), null, null, 0);
    }

    private void add(Path file, Report report) {
        if (report.agency() != null && report.year() != null) {
            add(report.agency(), report.year(), file);
        }
    }

    /** Indexes a file already known to hold this body's report of this year (unless one is indexed already). */
    public PreviousReports add(String agency, int year, Path file) {
        byKey.putIfAbsent(key(agency, year), file);
        return this;
    }

    /**
     * Why a file is not worth reading whole: even its opening ran past the time limit while indexing. Its check
     * gives that outcome at once instead of spending the time limit again.
     */
    public Optional<FileResult.Unreadable> openingTimedOut(Path file) {
        return Optional.ofNullable(timedOut.get(file));
    }

    /** The same body's report for the year before, read again from its file, if indexed and still readable. */
    public Optional<Report> previousOf(Report report) {
        if (report.agency() == null || report.year() == null) {
            return Optional.empty();
        }
        Path file = byKey.get(key(report.agency(), report.year() - 1));
        return file == null ? Optional.empty() : reader.read(file);
    }

    /** The body's name without spaces, punctuation and a trailing parenthesis. */
    public static String normalise(String agency) {
        String a = agency.replaceAll("[（(][^（）()]*[）)]\\s*$", "");
        return a.replaceAll("[\\s\\p{P}\\p{S}]", "");
    }

    private static String key(String agency, int year) {
        return normalise(agency) + "|" + year;
    }
}
