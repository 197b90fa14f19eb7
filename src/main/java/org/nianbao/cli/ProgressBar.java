package org.nianbao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.nianbao.model.Lang;
import org.nianbao.run.BatchRunner;

/**
 * A one-line progress bar on standard error, redrawn in place: done/total, files per second, the file awaited.
 * Only when standard error is a terminal; otherwise {@link #forTerminal} gives {@link BatchRunner.Progress#NONE}
 * so logs and pipes stay clean.
 */
final class ProgressBar implements BatchRunner.Progress {
    private static final int WIDTH = 24;
    private final PrintStream err;
    private final boolean zh;
    private final long start = System.nanoTime();
    private long lastDraw;

    private ProgressBar(PrintStream err, Lang lang) {
        this.err = err;
        this.zh = lang == Lang.ZH;
    }

    static BatchRunner.Progress forTerminal(PrintStream err, Lang lang) {
        return System.console() == null ? BatchRunner.Progress.NONE : new ProgressBar(err, lang);
    }

    @Override
    public void update(int done, int total, Path current) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return; // at most ten redraws a second
        }
        lastDraw = now;
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String name = current == null ? "" : current.getFileName().toString();
        if (name.length() > 40) {
            name = "…" + name.substring(name.length() - 39);
        }
        err.print("\r\033[K[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total
                + String.format(zh ? "  %.1f 个/秒  " : "  %.1f files/s  ", done / seconds) + name);
        if (done == total) {
            err.print("\r\033[K");
        }
        err.flush();
    }
}
