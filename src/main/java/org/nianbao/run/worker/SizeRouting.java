package org.nianbao.run.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.nianbao.parse.InputProblem;
import org.nianbao.run.Reading;

/**
 * Reads small files in this process and large ones in worker processes: a large file is where a reader's memory
 * use can outgrow the heap, and one worker more costs nothing next to reading it. The pool starts only when the
 * first large file comes.
 */
public final class SizeRouting implements Reading, AutoCloseable {
    /** Files of at least this many bytes are read in a worker by default (bench/RESULTS.md has the measurements). */
    public static final long DEFAULT_THRESHOLD = 4L << 20;
    /** A system property that sets another threshold in bytes, for measuring (bench/RESULTS.md). */
    public static final String THRESHOLD_PROPERTY = "nianbao.isolateFromBytes";

    /** Makes the pool when it is first needed. */
    @FunctionalInterface
    public interface PoolMaker {
        WorkerPool make() throws IOException;
    }

    private final Reading local;
    private final PoolMaker maker;
    private final long threshold;
    private WorkerPool pool;
    private boolean closed;

    public SizeRouting(Reading local, PoolMaker maker, long threshold) {
        this.local = local;
        this.maker = maker;
        this.threshold = threshold;
    }

    /** The threshold {@code check} uses: the default, or the one {@link #THRESHOLD_PROPERTY} sets. */
    public static long threshold() {
        return Long.getLong(THRESHOLD_PROPERTY, DEFAULT_THRESHOLD);
    }

    @Override
    public Outcome read(Path file, boolean openingOnly) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return local.read(file, openingOnly); // which says what is wrong with the file
        }
        if (size < threshold) {
            return local.read(file, openingOnly);
        }
        WorkerPool p;
        try {
            p = pool();
        } catch (IOException e) {
            return WorkerProtocol.unreadable("unknown", InputProblem.UNREADABLE, "could not start a worker process: "
                    + e.getMessage(), Map.of());
        }
        return p.read(file, openingOnly);
    }

    private synchronized WorkerPool pool() throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
        if (pool == null) {
            pool = maker.make();
        }
        return pool;
    }

    /** The pool, if a file has needed it. */
    public synchronized WorkerPool poolIfStarted() {
        return pool;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (pool != null) {
            pool.close();
        }
    }
}
