package org.nianbao.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.nianbao.model.Report;

/**
 * Where each body's report of each year is, so a report can be checked against the same body's report of the year
 * before (the {@code XYEAR.*} rules). Filled from {@code check --previous} paths and from the batch's own files in a
 * first pass; lookups are safe from several threads once it is filled.
 *
 * <p>Indexing reads only the opening of each file (its title and period); only the file is kept, not the report, so
 * memory stays flat however large the batch, and the earlier report is read whole when a later one asks for it. Bodies are matched by a normalised name: whitespace, punctuation and a trailing
 * parenthesis (淮安市人民政府（报告由…编制）) removed. A file that cannot be read in time, or has no body or year, is
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
    private final Map<String, Entry> byKey = new ConcurrentHashMap<>();
    private int added;

    private record Entry(int order, Path file) {
    }

    /**
     * @param identifier reads enough of a file to tell its body and year (when indexing)
     * @param reader     reads a whole file (when a later report asks for it)
     */
    public PreviousReports(Reader identifier, Reader reader) {
        this.identifier = identifier;
        this.reader = reader;
    }

    /** Reads and indexes the files one after another. */
    public PreviousReports addAll(List<Path> files) {
        return addAll(files, 1, Duration.ofDays(1));
    }

    /**
     * Reads and indexes the files on {@code threads} threads; a file still being read after {@code timeout} is left
     * out (the batch's own check gives it its {@code INPUT.TIMEOUT}).
     */
    public PreviousReports addAll(List<Path> files, int threads, Duration timeout) {
        int base = added;
        added += files.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "nianbao-index");
            t.setDaemon(true); // a file stuck past its limit must not keep the program alive
            return t;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                int order = base + i;
                Path file = files.get(i);
                tasks.add(pool.submit(() -> readAndAdd(order, file)));
            }
            for (Future<?> task : tasks) {
                await(task, timeout);
            }
        } finally {
            pool.shutdownNow();
        }
        return this;
    }

    private void readAndAdd(int order, Path file) {
        try {
            identifier.read(file).ifPresent(r -> add(order, file, r));
        } catch (RuntimeException | StackOverflowError e) {
            // left out of the index; the batch's own check reports the file
        }
    }

    private static void await(Future<?> task, Duration timeout) {
        try {
            task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            task.cancel(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void add(int order, Path file, Report report) {
        if (report.agency() != null && report.year() != null) {
            byKey.merge(key(report.agency(), report.year()), new Entry(order, file),
                    (a, b) -> a.order() <= b.order() ? a : b);
        }
    }

    /** The same body's report for the year before, read again from its file, if indexed and still readable. */
    public Optional<Report> previousOf(Report report) {
        if (report.agency() == null || report.year() == null) {
            return Optional.empty();
        }
        Entry e = byKey.get(key(report.agency(), report.year() - 1));
        return e == null ? Optional.empty() : reader.read(e.file());
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
