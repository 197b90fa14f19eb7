package org.nianbao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.nianbao.model.Lang;
import org.nianbao.run.BatchRunner;

/**
 * A one-line progress bar on standard error, redrawn in place: done/total, files per second, the file awaited.
 * Only drawn when standard error is a terminal, so logs and pipes stay clean; {@link #clear()} takes it away before a
 * result is printed, so no result runs into it.
 */
final class ProgressBar implements BatchRunner.Progress {
    private static final int WIDTH = 24;
    private final PrintStream err;
    private final boolean zh;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintStream err, Lang lang) {
        this.err = err;
        this.zh = lang == Lang.ZH;
    }

    /** Erases the line, if drawn. */
    void clear() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    @Override
    public void update(int done, int total, Path current) {
        if (done >= total) {
            clear();
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L) {
            return; // at most ten redraws a second
        }
        lastDraw = now;
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String name = current == null ? "" : current.getFileName().toString();
        if (name.length() > 40) {
            name = "…" + name.substring(name.length() - 39);
        }
        drawn = true;
        err.print("\r\033[K[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total
                + String.format(zh ? "  %.1f 个/秒  " : "  %.1f files/s  ", done / seconds) + name);
        err.flush();
    }
}
