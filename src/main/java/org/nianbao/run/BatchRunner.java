package org.nianbao.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.nianbao.parse.InputProblem;

/**
 * Checks many files in parallel, each isolated: a file over the time limit gives {@code INPUT.TIMEOUT}, and any
 * {@link Throwable} while checking one (a bug, a stack overflow, running out of memory) gives that file's
 * {@code INPUT.UNREADABLE} naming the cause; the other files go on either way.
 *
 * <p>Results reach the sink in input order, one at a time, on the calling thread. At most a small window of files is
 * in flight, so memory stays flat however many files there are. At most {@code threads} files are worked on at
 * once; a file that ignores the interrupt after its time limit keeps its (daemon) thread but gives up its slot.
 */
public final class BatchRunner {
    private static final long POLL_MILLIS = 50;

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
    private final Duration timeout;

    public BatchRunner(Function<Path, FileResult> check, int threads, Duration timeout) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.check = check;
        this.threads = threads;
        this.timeout = timeout;
    }

    /** Checks every file and passes each result to the sink in the files' order. */
    public void run(List<Path> files, Sink sink, Progress progress) throws IOException {
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(threads);
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "nianbao-check-" + names.incrementAndGet());
                    t.setDaemon(true); // a file stuck past its limit must not keep the program alive
                    return t;
                });
        int window = threads * 4;
        Deque<Slot> inFlight = new ArrayDeque<>();
        int next = 0;
        int done = 0;
        try {
            while (done < files.size()) {
                // with nothing in flight, wait for a slot: a finished file may not have handed its slot back yet
                while (next < files.size() && inFlight.size() < window
                        && (inFlight.isEmpty() ? acquire(slots) : slots.tryAcquire())) {
                    Slot slot = new Slot(files.get(next++), slots);
                    slot.task = pool.submit(() -> slot.run(check));
                    inFlight.add(slot);
                }
                inFlight.forEach(Slot::expireIfLate);
                Slot head = inFlight.peek();
                FileResult r = head.await();
                if (r != null) {
                    inFlight.poll();
                    sink.accept(r);
                    done++;
                    progress.update(done, files.size(), inFlight.isEmpty() ? null : inFlight.peek().file);
                }
            }
        } finally {
            inFlight.forEach(s -> s.task.cancel(true));
            pool.shutdownNow();
        }
    }

    private static boolean acquire(java.util.concurrent.Semaphore slots) {
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
        final java.util.concurrent.Semaphore slots;
        final CompletableFuture<FileResult> result = new CompletableFuture<>();
        final AtomicBoolean released = new AtomicBoolean();
        volatile long startNanos;
        volatile Future<?> task;

        Slot(Path file, java.util.concurrent.Semaphore slots) {
            this.file = file;
            this.slots = slots;
        }

        void run(Function<Path, FileResult> check) {
            startNanos = System.nanoTime();
            FileResult r;
            try {
                r = check.apply(file);
            } catch (Throwable t) { // isolation: whatever one file does, the batch goes on
                r = failed(t);
            }
            release(); // before completing, so a result seen means its slot is free again
            result.complete(r);
        }

        private FileResult failed(Throwable t) {
            String cause = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
            return FileResult.unreadable(file, "unknown", new FileResult.Unreadable(InputProblem.UNREADABLE,
                    "internal error while checking: " + cause, Map.of()), elapsedMillis());
        }

        void expireIfLate() {
            long start = startNanos;
            if (start != 0 && !result.isDone() && System.nanoTime() - start > timeout.toNanos()) {
                FileResult late = FileResult.unreadable(file, "unknown", new FileResult.Unreadable(
                        InputProblem.TIMEOUT, timeout.toSeconds() + " s", Map.of("seconds", timeout.toSeconds())),
                        elapsedMillis());
                if (result.complete(late)) {
                    task.cancel(true);
                    release();
                }
            }
        }

        FileResult await() {
            try {
                return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
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
