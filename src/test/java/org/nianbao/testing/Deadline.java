package org.nianbao.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a piece of work on a thread of its own and stops waiting for it once it has used more than its CPU time — the
 * time it really ran, which other processes on a busy machine do not inflate — or once it has not ended within
 * {@link #WALL_FACTOR} times that in wall-clock time (a hang that waits instead of running: a deadlock, a blocked
 * read, or a machine so loaded the work never gets a core). So a test's limit catches a real hang or runaway work on
 * any machine, and a load of 20 or 40 from other work never fails it.
 */
public final class Deadline {
    /** How much longer than its CPU time work may take in wall-clock time before it is taken for hung. */
    public static final int WALL_FACTOR = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long POLL_MILLIS = 100;

    private Deadline() {
    }

    /** What became of the work. */
    public sealed interface Result<T> {
    }

    /** It ended with a value. */
    public record Done<T>(T value, Duration cpu) implements Result<T> {
    }

    /** It threw. */
    public record Threw<T>(Throwable cause) implements Result<T> {
    }

    /** It ran past its limit and was interrupted (a thread that ignores that is a daemon: it cannot keep the JVM). */
    public record Overran<T>(String why) implements Result<T> {
    }

    /** Runs the work under a limit of {@code cpu} CPU time. */
    public static <T> Result<T> run(String name, Duration cpu, Callable<T> work) {
        long[] threadId = {-1};
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            threadId[0] = t.getId();
            return t;
        });
        long start = System.nanoTime();
        Future<T> task = thread.submit(work);
        try {
            while (true) {
                try {
                    T value = task.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    return new Done<>(value, Duration.ofNanos(Math.max(0, cpuNanos(threadId[0]))));
                } catch (TimeoutException e) {
                    long used = cpuNanos(threadId[0]);
                    long wall = System.nanoTime() - start;
                    if (used > cpu.toNanos()) {
                        task.cancel(true);
                        return new Overran<>("over " + cpu.toSeconds() + " s of CPU time");
                    }
                    if (wall > cpu.toNanos() * WALL_FACTOR) {
                        task.cancel(true);
                        return new Overran<>("no end after " + wall / 1_000_000_000 + " s, of which "
                                + Math.max(0, used) / 1_000_000 + " ms on a CPU");
                    }
                }
            }
        } catch (ExecutionException e) {
            return new Threw<>(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            thread.shutdownNow();
        }
    }

    /**
     * Runs the work and returns its value; throws an {@link AssertionError} when it overran, and rethrows what it
     * threw.
     */
    public static <T> T within(Duration cpu, Callable<T> work) throws Exception {
        Result<T> r = run("deadline-" + Thread.currentThread().getName(), cpu, work);
        if (r instanceof Done<T> d) {
            return d.value();
        }
        if (r instanceof Threw<T> t) {
            if (t.cause() instanceof Exception e) {
                throw e;
            }
            if (t.cause() instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(t.cause());
        }
        throw new AssertionError("the work ran " + ((Overran<T>) r).why());
    }

    private static long cpuNanos(long threadId) {
        return threadId < 0 ? 0 : THREADS.getThreadCpuTime(threadId);
    }
}
