package org.nianbao.web;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.nianbao.model.Lang;
import org.nianbao.model.Report;
import org.nianbao.parse.FormatSniffer;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.TempFolder;
import org.nianbao.report.HtmlReportWriter;
import org.nianbao.report.JsonResultWriter;
import org.nianbao.report.ModelJsonWriter;
import org.nianbao.report.ResultWriter;
import org.nianbao.report.SarifWriter;
import org.nianbao.report.Summary;
import org.nianbao.report.XlsxWriter;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleSet;
import org.nianbao.rules.Severity;
import org.nianbao.rules.Violation;
import org.nianbao.run.BatchRunner;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.FileResult;
import org.nianbao.run.PreviousReports;
import org.nianbao.run.Reading;
import org.nianbao.run.TimeLimit;
import org.nianbao.store.BatchRow;
import org.nianbao.store.ResultRow;
import org.nianbao.store.Store;

/**
 * Checks batches in the background, one batch at a time (each on all cores through {@link BatchRunner}), and keeps
 * everything in the {@link Store}: every file's result as it comes, rendered in both languages, and at the end the
 * batch's downloads (json, sarif, html, xlsx in both languages). Each body's earlier years are found among the
 * batch's own files first, then among every report stored before, and used by the cross-year rules unasked.
 */
public final class BatchJobs implements AutoCloseable {
    /** The downloads kept per batch. */
    public enum Download {
        JSON("json", "application/json"), SARIF("sarif", "application/sarif+json"), HTML("html", "text/html"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        public final String ext;
        public final String contentType;

        Download(String ext, String contentType) {
            this.ext = ext;
            this.contentType = contentType;
        }

        public String kind(Lang lang) {
            return ext + "-" + (lang == Lang.ZH ? "zh" : "en");
        }

        public static Optional<Download> byExt(String ext) {
            for (Download d : values()) {
                if (d.ext.equals(ext)) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }
    }

    /** A file to check: the name to show and where its content is now. */
    public record Incoming(String name, Path file) {
    }

    /**
     * What comes with an upload besides its files.
     *
     * @param auditId   the audit it is uploaded into, or null
     * @param published the publication date the office gives for these reports, or null (then each report's own,
     *                  when its page shows one)
     * @param who       who uploaded it, as the audit log names people
     */
    public record Submission(String title, String auditId, LocalDate published, String who) {
        public static Submission of(String title) {
            return new Submission(title, null, null, null);
        }
    }

    private final Store store;
    private final Keeper keeper;
    private final RuleSet rules;
    private final String rulesVersion;
    private final String toolVersion;
    private final CheckOptions options;
    private final Reading reading;
    private final TimeLimit timeout;
    private final int threads;
    private final Path work;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nianbao-batches");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, BatchProgress> running = new ConcurrentHashMap<>();
    /** The batches not yet ended, in the order they are checked: how many files wait ahead of each. */
    private final List<BatchProgress> order = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Backlog backlog;
    private volatile boolean stopping;
    /** The last batches that ended, for a page asked while the database could not say (a store that failed). */
    private final Map<String, BatchProgress> ended = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, BatchProgress> eldest) {
                    return size() > 100;
                }
            });

    /**
     * @param keeper  decides what of an upload is stored
     * @param reading where files are read: the server's worker processes
     * @param threads how many files are checked at once (one per worker)
     * @param work    where each running batch keeps its files and outputs (removed when it ends)
     * @param backlog the files accepted and not yet checked, bounded
     */
    public BatchJobs(Store store, Keeper keeper, RuleSet rules, String rulesVersion, String toolVersion,
            CheckOptions options, Reading reading, int threads, TimeLimit timeout, Path work, int maxWaitingFiles)
            throws IOException {
        this.backlog = new Backlog(maxWaitingFiles);
        this.store = store;
        this.keeper = keeper;
        this.rules = rules;
        this.rulesVersion = rulesVersion;
        this.toolVersion = toolVersion;
        this.options = options;
        this.reading = reading;
        this.timeout = timeout;
        this.threads = threads;
        this.work = Files.createDirectories(work);
    }

    public String rulesVersion() {
        return rulesVersion;
    }

    public RuleSet rules() {
        return rules;
    }

    /**
     * Keeps the files worth keeping and queues their check; returns the new batch's id at once. Refused (503, with
     * when to try again) when the backlog cannot take them, before anything is stored.
     */
    String submit(String title, List<Incoming> files) throws Uploads.Refused, IOException, SQLException {
        return submit(Submission.of(title), files);
    }

    String submit(Submission s, List<Incoming> files) throws Uploads.Refused, IOException, SQLException {
        backlog.admit(files.size());
        try {
            return start(s, keeper.keep(files), null);
        } catch (Uploads.Refused | IOException | SQLException | RuntimeException e) {
            backlog.dropped(files.size());
            throw e;
        }
    }

    /** True when the backlog is full: a client waiting for a go-ahead (Expect: 100-continue) is refused at once. */
    boolean busy() {
        return backlog.full();
    }

    /** The refusal of an upload while {@link #busy()}. */
    Uploads.Refused busyRefusal() {
        return backlog.refusal(0);
    }

    /** How many files wait to be checked before this batch's first, while it has not started; 0 once it has. */
    int waitingAhead(BatchProgress batch) {
        int ahead = 0;
        synchronized (order) {
            for (BatchProgress b : order) {
                if (b == batch) {
                    return batch.started() ? 0 : ahead;
                }
                ahead += b.total() - b.done();
            }
        }
        return 0;
    }

    /**
     * Checks stored files again as a new batch (a body's reports after one of its years was deleted). It follows
     * from a change already made, so it is queued whatever the backlog holds, and counted in it.
     */
    String recheckFiles(Submission s, List<Store.BatchFile> stored) throws SQLException {
        backlog.take(stored.size());
        try {
            return start(s, stored.stream().map(f -> new Keeper.Item(f.name(), f.hash(), null)).toList(), null);
        } catch (SQLException | RuntimeException e) {
            backlog.dropped(stored.size());
            throw e;
        }
    }

    /**
     * Checks an earlier batch's files again with today's rules, as a new batch; the earlier results stay. Refused as
     * an upload is when the backlog cannot take its files.
     */
    public Optional<String> recheck(String batchId) throws SQLException, Uploads.Refused {
        return recheck(batchId, null);
    }

    /** As {@link #recheck(String)}, the new batch in the same audit with the same publication date. */
    public Optional<String> recheck(String batchId, String who) throws SQLException, Uploads.Refused {
        Optional<BatchRow> earlier = store.batch(batchId);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        // every file of the batch, also those a stopped server never got to
        List<Keeper.Item> items = store.batchFiles(batchId).stream().map(f -> new Keeper.Item(f.name(), f.hash(),
                f.refused() == null ? null : new FileResult.Unreadable(InputProblem.valueOf(f.refused()),
                        "not kept", Map.of()))).toList();
        BatchRow b = earlier.get();
        backlog.admit(items.size());
        try {
            return Optional.of(start(new Submission(b.title(), b.auditId(), b.published() == null ? null
                    : LocalDate.parse(b.published()), who), items, batchId));
        } catch (SQLException | RuntimeException e) {
            backlog.dropped(items.size());
            throw e;
        }
    }

    private String start(Submission sub, List<Keeper.Item> items, String recheckOf) throws SQLException {
        String id = Store.newId();
        List<Store.BatchFile> files = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Keeper.Item item = items.get(i);
            files.add(new Store.BatchFile(i, item.name(), item.hash(),
                    item.refused() == null ? null : item.refused().problem().name()));
        }
        store.createBatch(new BatchRow(id, System.currentTimeMillis(), sub.title(), BatchRow.RUNNING, items.size(),
                0, rulesVersion, recheckOf, null, null, sub.auditId(), sub.published() == null ? null
                        : sub.published().toString(), sub.who()), files);
        BatchProgress progress = new BatchProgress(items.size());
        running.put(id, progress);
        order.add(progress);
        queue.execute(() -> {
            String failure = null;
            try {
                if (stopping) { // a batch still queued is marked interrupted, to be checked again
                    throw new IOException("the server is stopping");
                }
                progress.start();
                backlog.batchStarted();
                run(id, items, progress, sub.published());
            } catch (Throwable e) {
                failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                System.err.println("nianbao serve: batch " + id + " stopped: " + e);
            }
            try {
                store.finishBatch(id, failure == null ? BatchRow.DONE : BatchRow.INTERRUPTED, failure);
            } catch (SQLException e) {
                // the database itself failed: the page says so from memory, and the next start marks the batch
                failure = failure != null ? failure : "could not record the batch's end: " + e.getMessage();
            }
            ended.put(id, progress);
            running.remove(id);
            order.remove(progress);
            backlog.dropped(items.size() - progress.done()); // those a batch that stopped early did not check
            progress.end(failure);
        });
        return id;
    }

    /** The batch's progress while it runs (or just after it stopped early), from memory. */
    Optional<BatchProgress> progress(String batchId) {
        BatchProgress p = running.get(batchId);
        return Optional.ofNullable(p != null ? p : ended.get(batchId));
    }

    /** Completes when the batch ends (at once when it is not running). */
    CompletableFuture<Void> whenDone(String batchId) {
        BatchProgress p = running.get(batchId);
        return p == null ? CompletableFuture.completedFuture(null) : p.finished();
    }

    /** Waits for a batch to finish; true when it has (or was not running), false on timeout. */
    public boolean await(String batchId, Duration limit) throws InterruptedException {
        try {
            whenDone(batchId).get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true; // finished badly; the batch's state says so
        }
    }

    private void run(String batchId, List<Keeper.Item> items, BatchProgress progress, LocalDate published)
            throws IOException, SQLException {
        Path dir = Files.createDirectories(work.resolve(batchId));
        try {
            check(batchId, items, progress, dir, published);
        } finally {
            TempFolder.deleteTree(dir); // the files written out for this batch and its outputs: gone
        }
    }

    private void check(String batchId, List<Keeper.Item> items, BatchProgress progress, Path dir,
            LocalDate published) throws IOException, SQLException {
        CheckOptions o = published == null ? options
                : new CheckOptions(options.profile(), options.level(), published, options.limits());
        Checker checker = new Checker(new RuleEngine(rules), o, reading);
        Path filesDir = Files.createDirectories(dir.resolve("files"));
        Path hashes = Files.createDirectories(dir.resolve("content"));
        List<Path> files = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Keeper.Item item = items.get(i);
            Path seq = filesDir.resolve(String.valueOf(i)); // one name per place: the same content may come twice
            if (item.refused() == null) {
                Path content = store.writeFile(item.hash(), hashes)
                        .orElseThrow(() -> new IOException("stored file lost: " + item.hash()));
                link(seq, content);
                kept.add(seq);
            }
            files.add(seq);
        }
        Path earlierDir = Files.createDirectories(dir.resolve("earlier"));
        PreviousReports earlier = new PreviousReports(checker::identifyQuietly,
                f -> readStored(checker, f, earlierDir));
        if (kept.size() > 1) {
            earlier.addAll(kept, threads, timeout); // the batch's own reports first: they are the newest
        }
        for (Store.Earlier e : store.earlierReports()) {
            earlier.add(e.agency(), e.year(), Path.of(e.fileHash())); // written out only if asked for
        }
        checker.previous(earlier);

        Map<String, Path> outputFiles = new LinkedHashMap<>();
        List<OutputStream> streams = new ArrayList<>();
        List<ResultWriter> writers = new ArrayList<>();
        // the HTML pages' sections are also what the report pages show: each is rendered once, for both
        Map<Lang, HtmlReportWriter> pages = new EnumMap<>(Lang.class);
        Summary summary = new Summary();
        try {
            for (Lang lang : Lang.values()) {
                for (Download d : Download.values()) {
                    Path p = dir.resolve(d.kind(lang));
                    OutputStream s = new BufferedOutputStream(Files.newOutputStream(p));
                    streams.add(s);
                    outputFiles.put(d.kind(lang), p);
                    ResultWriter w = writer(d, s, lang);
                    writers.add(w);
                    if (w instanceof HtmlReportWriter page) {
                        pages.put(lang, page);
                    }
                }
            }
            for (ResultWriter w : writers) {
                w.start();
            }
            int[] seq = {0};
            new BatchRunner(f -> {
                Keeper.Item item = items.get(Integer.parseInt(f.getFileName().toString()));
                return item.refused() != null ? FileResult.unreadable(f,
                        FormatSniffer.detectQuietly(f).id(), item.refused(), 0)
                        : checker.check(f);
            }, threads, timeout).run(files, r -> {
                Keeper.Item item = items.get(seq[0]);
                FileResult shown = new FileResult(Path.of(item.name()), r.inputFormat(), r.report(), r.evaluation(),
                        r.unreadable(), r.millis(), r.suppressed());
                summary.add(shown);
                Map<Lang, String> sections = new EnumMap<>(Lang.class);
                for (Map.Entry<Lang, HtmlReportWriter> page : pages.entrySet()) {
                    String section = page.getValue().section(shown);
                    page.getValue().writeSection(section);
                    sections.put(page.getKey(), section);
                }
                for (ResultWriter w : writers) {
                    if (!(w instanceof HtmlReportWriter)) {
                        w.file(shown);
                    }
                }
                if (stopping) { // what the stopping workers give now is no result: the batch stays re-checkable
                    throw new IOException("the server is stopping");
                }
                try {
                    store.addResult(row(batchId, seq[0], item, shown, sections));
                } catch (SQLException e) {
                    throw new IOException("could not store the result of " + item.name() + ": " + e.getMessage(), e);
                }
                progress.add(shown); // counted only once it is stored
                backlog.checked();
                seq[0]++;
            }, BatchRunner.Progress.NONE);
            for (ResultWriter w : writers) {
                w.end(summary);
            }
        } finally {
            try {
                for (ResultWriter w : writers) { // their temporary files, also when the batch stopped half way
                    w.close();
                }
            } finally {
                for (OutputStream s : streams) {
                    s.close();
                }
            }
        }
        for (Map.Entry<String, Path> e : outputFiles.entrySet()) {
            store.putOutput(batchId, e.getKey(), e.getValue());
        }
    }

    /** The same content under a second name: a link where the disk allows one, else a copy. */
    private static void link(Path name, Path content) throws IOException {
        try {
            Files.createLink(name, content);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(content, name);
        }
    }

    /**
     * An earlier report: one of the batch's own files (already in its folder), or a stored one by its file's hash,
     * written out from the database into the batch's folder first.
     */
    private Optional<Report> readStored(Checker checker, Path file, Path dir) {
        if (Files.isRegularFile(file)) { // the batch's own: indexed by where it is, not by a hash
            return checker.readQuietly(file);
        }
        try {
            return store.writeFile(file.getFileName().toString(), dir).flatMap(checker::readQuietly);
        } catch (IOException | SQLException e) {
            return Optional.empty();
        }
    }

    private ResultWriter writer(Download d, OutputStream s, Lang lang) throws IOException {
        return switch (d) {
            case JSON -> new JsonResultWriter(s, lang, toolVersion);
            case SARIF -> new SarifWriter(s, lang, toolVersion, rules);
            case HTML -> new HtmlReportWriter(s, lang);
            case XLSX -> new XlsxWriter(s, lang);
        };
    }

    private ResultRow row(String batchId, int seq, Keeper.Item item, FileResult r, Map<Lang, String> sections)
            throws IOException {
        Report rep = r.report();
        String agency = rep == null ? null : rep.agency();
        return new ResultRow(Store.newId(), batchId, seq, item.hash(), item.name(), System.currentTimeMillis(),
                rulesVersion, r.inputFormat(), r.status().id(), agency,
                agency == null ? null : PreviousReports.normalise(agency), rep == null ? null : rep.year(),
                rep == null || rep.level() == null ? null : rep.level().id(), (int) r.count(Severity.ERROR),
                (int) r.count(Severity.WARNING), (int) r.count(Severity.INFO), rulesFound(r),
                new ResultRow.Rendered(sections.get(Lang.ZH), sections.get(Lang.EN), json(r, Lang.ZH),
                        json(r, Lang.EN), rep == null ? null : ModelJsonWriter.write(rep)),
                rep == null || rep.published() == null ? null : rep.published().toString(),
                rep == null || rep.issued() == null ? null : rep.issued().toString());
    }

    /** The rules with errors, then those with warnings, each once; for an unreadable file, why. */
    private static List<String> rulesFound(FileResult r) {
        if (r.unreadable() != null) {
            return List.of(r.unreadable().problem().code());
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING)) {
            for (Violation v : r.evaluation().violations()) {
                if (v.assessable() && v.severity() == s) {
                    ids.add(v.ruleId());
                }
            }
        }
        return List.copyOf(ids);
    }

    private String json(FileResult r, Lang lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonResultWriter(out, lang, toolVersion).file(r);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Stops after the result being stored now: a running batch ends as interrupted, never with results made up by
     * its workers being stopped. Close the workers next, so that what they read ends at once. Nothing is
     * interrupted: an interrupted database write would close the database file.
     */
    public void stop() {
        stopping = true;
        queue.shutdown();
    }

    /** Waits a while for the batch being checked to end after {@link #stop()}. */
    @Override
    public void close() {
        stop();
        try {
            queue.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
