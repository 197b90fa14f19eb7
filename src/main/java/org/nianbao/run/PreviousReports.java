package org.nianbao.run;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.nianbao.model.Report;

/**
 * Reports by body and year, so a report can be checked against the same body's report of the year before (the
 * {@code XYEAR.*} rules). Filled from {@code check --previous} paths and from the batch's own files in a first pass;
 * it knows nothing of how the batch then runs, and lookups are safe from several threads once it is filled.
 *
 * <p>Bodies are matched by a normalised name: whitespace, punctuation and a trailing parenthesis
 * (淮安市人民政府（报告由…编制）) removed. A file that cannot be read, or has no body or year, is left out. When two files
 * give the same body and year, the first added wins.
 */
public final class PreviousReports {
    /** Reads a file into a report, or empty when it cannot. */
    @FunctionalInterface
    public interface Reader {
        Optional<Report> read(Path file);
    }

    /** An index that knows no report. */
    public static final PreviousReports NONE = new PreviousReports(f -> Optional.empty());

    private final Reader reader;
    private final Map<String, Report> byKey = new ConcurrentHashMap<>();

    public PreviousReports(Reader reader) {
        this.reader = reader;
    }

    /** Reads and indexes the files. */
    public PreviousReports addAll(Collection<Path> files) {
        for (Path f : files) {
            reader.read(f).ifPresent(this::add);
        }
        return this;
    }

    /** Indexes a report already read. */
    public PreviousReports add(Report report) {
        if (report.agency() != null && report.year() != null) {
            byKey.putIfAbsent(key(report.agency(), report.year()), report);
        }
        return this;
    }

    /** The same body's report for the year before, if indexed. */
    public Optional<Report> previousOf(Report report) {
        if (report.agency() == null || report.year() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(key(report.agency(), report.year() - 1)));
    }

    public int size() {
        return byKey.size();
    }

    /** The body's name without spaces, punctuation and a trailing parenthesis. */
    static String normalise(String agency) {
        String a = agency.replaceAll("[（(][^（）()]*[）)]\\s*$", "");
        return a.replaceAll("[\\s\\p{P}\\p{S}]", "");
    }

    private static String key(String agency, int year) {
        return normalise(agency) + "|" + year;
    }
}
