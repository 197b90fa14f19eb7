package org.nianbao.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.nianbao.model.Report;
import org.nianbao.run.worker.ReportCodec;

/**
 * Checks a batch reading each file once, each report paired with the same body's report of the year before wherever
 * that is: earlier in the batch, later in it, or among the reports given apart as earlier years
 * ({@code check --previous}, {@link #addEarlier}).
 *
 * <p>First every file is read, in parallel and isolated as {@link BatchRunner} isolates it. Of each report only what
 * the cross-year rules read is kept in memory, a digest of a few KB ({@link Checker#lastYearDigest}); the report
 * itself waits in a spool folder on disk. Then each report is checked, with its previous year's digest, and the
 * results reach the sink in input order. Results therefore come once every file is read: only then is it known
 * whether a report's previous year is in the batch. Memory holds digests, not reports, so it stays flat however many
 * files there are. A batch of one file (nothing to pair it with but the earlier years) is read and checked in one
 * step, with no spool.
 *
 * <p>Bodies are matched by {@link PreviousReports#normalise}; when two reports give the same body and year, the one
 * given first wins, and the earlier years given apart come before the batch's own.
 */
public final class BatchCheck {
    /** One file of the batch: the name it is shown by, where its content is, and why it is refused unread (or null). */
    public record Input(Path shown, Path content, FileResult.Unreadable refused) {
    }

    private final Checker checker;
    private final int threads;
    private final TimeLimit timeout;
    private final Path spool;
    private final Map<String, Report> lastYears = new HashMap<>();

    /** @param spool an empty folder for the reports waiting their turn (emptied as they are checked) */
    public BatchCheck(Checker checker, int threads, TimeLimit timeout, Path spool) {
        this.checker = checker;
        this.threads = threads;
        this.timeout = timeout;
        this.spool = spool;
    }

    /**
     * Reads reports given only as earlier years, keeping their digests: a file that cannot be read, or has no body
     * or year, is left out.
     */
    public BatchCheck addEarlier(List<Path> files) throws IOException {
        new BatchRunner(f -> new FileResult(f, "", checker.readQuietly(f).map(checker::lastYearDigest).orElse(null),
                null, null, 0), threads, timeout).run(files, r -> {
                    if (r.report() != null) {
                        index(r.report()); // in input order: the first given wins
                    }
                }, BatchRunner.Progress.NONE);
        return this;
    }

    /** Checks every file and passes each result to the sink in the files' order. */
    public void run(List<Input> inputs, BatchRunner.Sink sink, BatchRunner.Progress progress) throws IOException {
        Map<Path, Integer> position = new HashMap<>();
        List<Path> contents = new ArrayList<>();
        for (Input i : inputs) {
            position.put(i.content(), contents.size());
            contents.add(i.content());
        }
        if (inputs.size() == 1) {
            new BatchRunner(c -> readAndCheck(inputs.get(0)), threads, timeout).run(contents, sink, progress);
            return;
        }
        // first pass: every file read once; a result with a report means "read, see spooled"
        Map<Path, Spooled> spooled = new ConcurrentHashMap<>();
        Object[] firstPass = new Object[inputs.size()];
        int[] seen = {0};
        new BatchRunner(c -> read(inputs.get(position.get(c)), position.get(c), spooled), threads, timeout)
                .run(contents, r -> {
                    int i = seen[0]++;
                    Spooled s = spooled.remove(contents.get(i));
                    if (r.unreadable() == null && s != null) {
                        if (s.digest != null) {
                            index(s.digest);
                        }
                        firstPass[i] = new Spooled(s.format, null, s.file, s.millis);
                    } else {
                        firstPass[i] = r; // unreadable, timed out or failed: that is its outcome
                    }
                }, progress);
        // second pass: each report checked with its previous year, in input order
        new BatchRunner(c -> {
            int i = position.get(c);
            Object first = firstPass[i];
            firstPass[i] = null;
            return first instanceof Spooled s ? check(inputs.get(i), s) : (FileResult) first;
        }, threads, timeout).run(contents, sink, BatchRunner.Progress.NONE);
    }

    /** A report read and waiting in the spool; its digest is dropped once indexed. */
    private record Spooled(String format, Report digest, Path file, long millis) {
    }

    /** A file read with the user's overrides, or its outcome when it is refused or cannot be read. */
    private record FirstRead(Reading.Outcome read, FileResult outcome, long start) {
    }

    private FirstRead firstRead(Input input) {
        long start = System.nanoTime();
        if (input.refused() != null) {
            return new FirstRead(null, FileResult.unreadable(input.shown(), "unknown", input.refused(), 0), start);
        }
        Reading.Outcome read = checker.read(input.shown(), input.content());
        return new FirstRead(read, read.report() != null ? null
                : checker.unread(input.shown(), input.content(), read, elapsed(start)), start);
    }

    private FileResult read(Input input, int position, Map<Path, Spooled> spooled) {
        FirstRead first = firstRead(input);
        if (first.outcome() != null) {
            return first.outcome();
        }
        Reading.Outcome read = first.read();
        long start = first.start();
        Report report = read.report();
        Path file = spool.resolve(position + ".json.z");
        Deflater deflater = new Deflater(Deflater.BEST_SPEED); // a fifth of the JSON's size, for little time
        try (OutputStream out = new DeflaterOutputStream(Files.newOutputStream(file), deflater)) {
            out.write(ReportCodec.toBytes(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the batch tells this file's outcome; a full disk is seen by all
        } finally {
            deflater.end();
        }
        Report digest = report.agency() != null && report.year() != null ? checker.lastYearDigest(report) : null;
        spooled.put(input.content(), new Spooled(read.format(), digest, file, elapsed(start)));
        return new FileResult(input.shown(), read.format(), null, null, null, 0);
    }

    private FileResult check(Input input, Spooled s) {
        long start = System.nanoTime();
        Report report;
        try (InputStream in = new InflaterInputStream(Files.newInputStream(s.file))) {
            report = ReportCodec.fromBytes(in.readAllBytes());
            Files.delete(s.file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return checker.evaluate(input.shown(), s.format, report, lastYearOf(report), s.millis + elapsed(start));
    }

    private FileResult readAndCheck(Input input) {
        FirstRead first = firstRead(input);
        if (first.outcome() != null) {
            return first.outcome();
        }
        Report report = first.read().report();
        return checker.evaluate(input.shown(), first.read().format(), report, lastYearOf(report),
                elapsed(first.start()));
    }

    private void index(Report digest) {
        if (digest.agency() != null && digest.year() != null) {
            lastYears.putIfAbsent(key(digest.agency(), digest.year()), digest);
        }
    }

    /** The digest of the same body's report of the year before, or null. */
    private Report lastYearOf(Report report) {
        return report.agency() == null || report.year() == null ? null
                : lastYears.get(key(report.agency(), report.year() - 1));
    }

    private static String key(String agency, int year) {
        return PreviousReports.normalise(agency) + "|" + year;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
