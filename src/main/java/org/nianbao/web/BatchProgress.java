package org.nianbao.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.nianbao.run.FileResult;
import org.nianbao.rules.Severity;

/**
 * How far a batch has got, kept in memory while it runs: what its page and the API show, so that readers polling a
 * running batch cost no database query and no rendering of its rows. {@link #finished()} completes when the batch
 * ends, whatever its end; {@link #error()} says what stopped it early.
 */
final class BatchProgress {
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger unreadable = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger warnings = new AtomicInteger();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private volatile String error;
    private volatile boolean started;

    BatchProgress(int total) {
        this.total = total;
    }

    /** One more file's result, stored. */
    void add(FileResult r) {
        switch (r.status()) {
            case PASS -> passed.incrementAndGet();
            case FAIL -> failed.incrementAndGet();
            case UNREADABLE -> unreadable.incrementAndGet();
        }
        errors.addAndGet((int) r.count(Severity.ERROR));
        warnings.addAndGet((int) r.count(Severity.WARNING));
        done.incrementAndGet();
    }

    /** Its check begins (until then it waits in the queue). */
    void start() {
        started = true;
    }

    boolean started() {
        return started;
    }

    void end(String failure) {
        error = failure;
        finished.complete(null);
    }

    int total() {
        return total;
    }

    int done() {
        return done.get();
    }

    int passed() {
        return passed.get();
    }

    int failed() {
        return failed.get();
    }

    int unreadable() {
        return unreadable.get();
    }

    int errors() {
        return errors.get();
    }

    int warnings() {
        return warnings.get();
    }

    /** What stopped the batch before its end, or null. */
    String error() {
        return error;
    }

    CompletableFuture<Void> finished() {
        return finished;
    }
}
