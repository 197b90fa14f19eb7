package org.nianbao.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.nianbao.parse.FormatSniffer;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.ScanTime;

/**
 * Checks many files in parallel, each isolated: a file over the time limit gives {@code INPUT.TIMEOUT}, running out
 * of memory while checking one gives that file's {@code INPUT.TOO_LARGE}, and any other {@link Throwable} (a bug, a
 * stack overflow) its {@code INPUT.UNREADABLE} naming the cause; the other files go on either way.
 *
 * <p>Results reach the sink in input order, one at a time, on the calling thread. At most a small window of files is
 * in flight, so memory stays flat however many files there are. At most {@code threads} files are worked on at
 * once; a file that ignores the interrupt after its time limit keeps its (daemon) thread but gives up its slot, and
 * never keeps the program from ending.
 *
 * <p>One file may fill the heap while the calling thread is writing another's result. The calling thread therefore
 * allocates nothing while it waits, holds a small reserve that is let go when memory runs out, and, should the
 * heap run out under it anyway, waits for the file that filled it to fail and goes on.
 */
public final class BatchRunner {
    private static final long POLL_NANOS = 50_000_000;
    /** Let go when memory runs out, so the calling thread can finish what it is writing. */
    private static final int RESERVE_BYTES = 4 << 20;

    /** Receives each result, in input order. */
    public interface Sink {
        void accept(FileResult result) throws IOException;
    }

    /** Told after each result: how many are done, of how many, and which file is awaited next (null at the end). */
    public interface Progress {
        void update(int done, int total, Path current);

        Progress NONE = (done, total, current) -> { };
    }

    private final Function<Path, FileResult> check;
    private final int threads;
    private final TimeLimit limit;

    /** Each file is given {@code timeout}, and a scan {@link TimeLimit#PER_SCANNED_PAGE} more a page. */
    public BatchRunner(Function<Path, FileResult> check, int threads, Duration timeout) {
        this(check, threads, TimeLimit.of(timeout));
    }

    public BatchRunner(Function<Path, FileResult> check, int threads, TimeLimit limit) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.check = check;
        this.threads = threads;
        this.limit = limit;
    }

    /** Checks every file and passes each result to the sink in the files' order. */
    public void run(List<Path> files, Sink sink, Progress progress) throws IOException {
        Semaphore slots = new Semaphore(threads);
        AtomicInteger names = new AtomicInteger();
        Thread caller = Thread.currentThread();
        ExecutorService pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "nianbao-check-" + names.incrementAndGet());
                    t.setDaemon(true); // a file stuck past its limit must not keep the program alive
                    return t;
                });
        int window = threads * 4;
        Deque<Slot> inFlight = new ArrayDeque<>();
        byte[][] reserve = {new byte[RESERVE_BYTES]};
        int next = 0;
        int done = 0;
        try {
            while (done < files.size()) {
                // with nothing in flight, wait for a slot: a finished file may not have handed its slot back yet
                while (next < files.size() && inFlight.size() < window
                        && (inFlight.isEmpty() ? acquire(slots) : slots.tryAcquire())) {
                    try {
                        Slot slot = new Slot(files.get(next), slots, caller);
                        slot.task = pool.submit(() -> slot.run(check));
                        inFlight.add(slot);
                        next++;
                    } catch (OutOfMemoryError e) {
                        slots.release(); // not started: tried again once the heap has room
                        reserve[0] = null;
                        awaitMemory(inFlight);
                        reserve[0] = new byte[RESERVE_BYTES];
                    }
                }
                inFlight.forEach(Slot::expireIfLate); // no iterator: nothing allocated while waiting
                Slot head = inFlight.peek();
                if (!head.result.isDone()) {
                    LockSupport.parkNanos(this, POLL_NANOS); // woken by any file that finishes
                    continue;
                }
                FileResult r = head.result.getNow(null);
                try {
                    sink.accept(r);
                } catch (OutOfMemoryError e) {
                    // the file filling the heap fails soon and lets its memory go; the writers then take it again
                    reserve[0] = null;
                    awaitMemory(inFlight);
                    sink.accept(r);
                    reserve[0] = new byte[RESERVE_BYTES];
                }
                inFlight.poll();
                done++;
                progress.update(done, files.size(), inFlight.isEmpty() ? null : inFlight.peek().file);
            }
        } finally {
            for (Slot s : inFlight) {
                s.task.cancel(true);
            }
            pool.shutdownNow();
        }
    }

    /** Waits until the files in flight that could be filling the heap have given their results (or their time). */
    private void awaitMemory(Deque<Slot> inFlight) {
        for (Slot s : inFlight) {
            while (!s.result.isDone()) {
                s.expireIfLate();
                LockSupport.parkNanos(this, POLL_NANOS);
            }
        }
    }

    private static boolean acquire(Semaphore slots) {
        try {
            slots.acquire();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** One file in flight. */
    private final class Slot {
        final Path file;
        final Semaphore slots;
        final Thread caller;
        final CompletableFuture<FileResult> result = new CompletableFuture<>();
        final AtomicBoolean released = new AtomicBoolean();
        volatile long startNanos;
        /** The pages of the file read by OCR, once the reader knows them: each adds to the file's time. */
        volatile int scannedPages;
        volatile Future<?> task;

        Slot(Path file, Semaphore slots, Thread caller) {
            this.file = file;
            this.slots = slots;
            this.caller = caller;
        }

        void run(Function<Path, FileResult> check) {
            startNanos = System.nanoTime();
            FileResult r;
            try {
                r = ScanTime.during(this::scanning, () -> check.apply(file));
            } catch (OutOfMemoryError e) {
                r = FileResult.outOfMemory(file, elapsedMillis());
            } catch (Throwable t) { // isolation: whatever one file does, the batch goes on
                r = failed(t);
            }
            release(); // before completing, so a result seen means its slot is free again
            result.complete(r);
            LockSupport.unpark(caller);
        }

        private FileResult failed(Throwable t) {
            if (FileResult.ranOutOfMemory(t)) {
                return FileResult.outOfMemory(file, elapsedMillis());
            }
            String cause = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
            return FileResult.unreadable(file, FormatSniffer.detectQuietly(file).id(), new FileResult.Unreadable(
                    InputProblem.UNREADABLE, "internal error while checking: " + cause, Map.of()), elapsedMillis());
        }

        /** The file is a scan of this many pages: its time grows by their allowance (the most pages told counts). */
        private Duration scanning(int pages) {
            scannedPages = Math.max(scannedPages, pages);
            return limit.with(scannedPages).minus(limit.perFile());
        }

        void expireIfLate() {
            long start = startNanos;
            int pages = scannedPages;
            if (start != 0 && !result.isDone() && System.nanoTime() - start > limit.with(pages).toNanos()) {
                Map<String, Object> details = limit.details(pages);
                FileResult late = FileResult.unreadable(file, FormatSniffer.detectQuietly(file).id(),
                        new FileResult.Unreadable(InputProblem.TIMEOUT, details.get("seconds") + " s", details),
                        elapsedMillis());
                if (result.complete(late)) {
                    task.cancel(true);
                    release();
                }
            }
        }

        private long elapsedMillis() {
            return startNanos == 0 ? 0 : (System.nanoTime() - startNanos) / 1_000_000;
        }

        private void release() {
            if (released.compareAndSet(false, true)) {
                slots.release();
            }
        }
    }
}
