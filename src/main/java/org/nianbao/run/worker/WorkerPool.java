package org.nianbao.run.worker;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.TempFolder;
import org.nianbao.run.FileResult;
import org.nianbao.run.Reading;
import org.nianbao.run.TimeLimit;

/**
 * Reads files in worker processes, as Apache Tika's server does with its forked child and watchdog: each worker is
 * a JVM of its own with its own heap limit, reading one file at a time. A worker that runs out of memory ends (the
 * file is {@code INPUT.TOO_LARGE}); one that runs past the time limit is killed (the file is {@code INPUT.TIMEOUT});
 * either way it is replaced by a new one for the next file, and this process, its batch and its server go on. A
 * worker's temporary files live in a folder of its own, removed when it ends.
 *
 * <p>Workers start when first needed and are kept for the next files; at most {@code workers} run at once. Each is
 * replaced after {@link Settings#filesPerWorker()} files, so nothing a reader leaks builds up.
 */
public final class WorkerPool implements Reading, AutoCloseable {
    /**
     * @param workers        how many files are read at once, each in its own process
     * @param heapMegabytes  each worker's heap limit
     * @param timeout        the time a worker may take over one file
     * @param limits         the readers' limits
     * @param temp           where the pool makes a folder for the workers' temporary folders (removed when they end)
     * @param filesPerWorker files a worker reads before it is replaced
     */
    public record Settings(int workers, int heapMegabytes, Duration timeout, ReadLimits limits, Path temp,
            int filesPerWorker, boolean ocr) {
        /** The default heap of one worker. */
        public static final int HEAP_MEGABYTES = 512;

        public static Settings of(int workers, Duration timeout, ReadLimits limits, Path temp) {
            return new Settings(workers, HEAP_MEGABYTES, timeout, limits, temp, 2000, true);
        }

        /** These settings with scans left unread ({@code --no-ocr}). */
        public Settings withoutOcr() {
            return new Settings(workers, heapMegabytes, timeout, limits, temp, filesPerWorker, false);
        }
    }

    private final Settings settings;
    private final Path root;
    private final Semaphore free;
    private final ConcurrentLinkedDeque<Worker> idle = new ConcurrentLinkedDeque<>();
    private final Set<Worker> all = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong killed = new AtomicLong();
    private volatile boolean closed;

    public WorkerPool(Settings settings) throws IOException {
        this.settings = settings;
        this.free = new Semaphore(settings.workers());
        this.root = Files.createTempDirectory(Files.createDirectories(settings.temp()), "workers-");
    }

    @Override
    public Outcome read(Path file, boolean openingOnly) {
        try {
            free.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return timedOut(null);
        }
        try {
            return readWithWorker(file, openingOnly);
        } finally {
            free.release();
        }
    }

    private Outcome readWithWorker(Path file, boolean openingOnly) {
        if (closed) {
            return WorkerProtocol.unreadable("unknown", InputProblem.UNREADABLE, "the server is stopping", Map.of());
        }
        Worker worker = idle.pollFirst();
        try {
            if (worker == null || !worker.alive()) {
                worker = start();
            }
        } catch (IOException e) {
            return WorkerProtocol.unreadable("unknown", InputProblem.UNREADABLE, "could not start a worker process: "
                    + e.getMessage(), Map.of());
        }
        Worker.Reply reply;
        try {
            reply = worker.ask(WorkerProtocol.request(ids.incrementAndGet(), file, openingOnly),
                    settings.timeout().toMillis());
        } catch (InterruptedException e) {
            killed.incrementAndGet();
            all.remove(worker);
            Thread.currentThread().interrupt();
            return timedOut(worker);
        }
        if (reply instanceof Worker.Answered a) {
            keepOrRetire(worker);
            try {
                return WorkerProtocol.outcome(a.answer());
            } catch (IOException | RuntimeException e) {
                return WorkerProtocol.unreadable("unknown", InputProblem.UNREADABLE, "a worker's answer could not"
                        + " be read: " + e.getMessage(), Map.of());
            }
        }
        killed.incrementAndGet();
        all.remove(worker);
        if (closed) {
            return WorkerProtocol.unreadable("unknown", InputProblem.UNREADABLE, "the server is stopping", Map.of());
        }
        if (reply instanceof Worker.TimedOut) {
            return timedOut(worker);
        }
        int status = ((Worker.Died) reply).exitStatus();
        if (status == Worker.OUT_OF_MEMORY_EXIT) {
            return new Reading.Outcome("unknown", null, FileResult.outOfMemory(settings.heapMegabytes()));
        }
        return WorkerProtocol.unreadable("unknown", InputProblem.UNREADABLE, "the process reading it ended (exit "
                + status + ")", Map.of());
    }

    private void keepOrRetire(Worker worker) {
        if (closed || worker.served() >= settings.filesPerWorker()) {
            all.remove(worker);
            worker.stop();
        } else {
            idle.addFirst(worker);
        }
    }

    private Outcome timedOut(Worker worker) {
        int pages = worker == null ? 0 : worker.scannedPages();
        Map<String, Object> details = worker == null || worker.granted().isZero()
                ? TimeLimit.of(settings.timeout()).details(0)
                : TimeLimit.granting(settings.timeout(), worker.granted(), pages).details(pages);
        return WorkerProtocol.unreadable("unknown", InputProblem.TIMEOUT, details.get("seconds") + " s", details);
    }

    private Worker start() throws IOException {
        Path temp = Files.createTempDirectory(root, "worker-");
        started.incrementAndGet();
        Worker w = Worker.start(command(temp), temp);
        all.add(w);
        return w;
    }

    /** The java command that starts a worker: this JVM's java and class path, the worker's own heap and folder. */
    private List<String> command(Path temp) {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.add("-Xmx" + settings.heapMegabytes() + "m");
        c.add("-XX:+ExitOnOutOfMemoryError");
        c.add("-XX:+UseSerialGC");
        c.add("-Dfile.encoding=UTF-8");
        c.add("-Djava.io.tmpdir=" + temp);
        // the font cache is shared: scanning the system's fonts again for every worker costs seconds
        c.add("-Dpdfbox.fontcache=" + System.getProperty("pdfbox.fontcache", new File(
                System.getProperty("java.io.tmpdir"), "nianbao-pdfbox-cache").getPath()));
        c.add("-cp");
        c.add(System.getProperty("java.class.path"));
        c.add(WorkerMain.class.getName());
        ReadLimits l = settings.limits();
        c.addAll(List.of(String.valueOf(l.maxBytes()), String.valueOf(l.maxPages()),
                String.valueOf(l.maxTableCells()), String.valueOf(l.maxTextChars())));
        if (!settings.ocr()) {
            c.add(WorkerMain.NO_OCR);
        }
        return c;
    }

    /** Workers started so far (each replacement counts). */
    public long started() {
        return started.get();
    }

    /** Workers killed or lost so far: out of memory, past the time limit, or ended on their own. */
    public long lost() {
        return killed.get();
    }

    /** The process ids of the workers waiting for a file now (for tests and the soak script's random kills). */
    public List<Long> idlePids() {
        return idle.stream().map(Worker::pid).toList();
    }

    /** Ends every worker, those reading a file too (their callers get "the server is stopping"). */
    @Override
    public void close() {
        closed = true;
        for (Worker w; (w = idle.pollFirst()) != null; ) {
            all.remove(w);
            w.stop();
        }
        for (Worker w : all) {
            w.kill();
        }
        TempFolder.deleteTree(root);
    }
}
