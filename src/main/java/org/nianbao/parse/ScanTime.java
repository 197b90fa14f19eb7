package org.nianbao.parse;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * More time for a file read by OCR. OCR is the slowest path (seconds a page, where a text layer takes
 * milliseconds a file), so a scan's time limit grows with its pages: the one running the file's check listens on its
 * thread ({@link #during}), and the scan reader, once it knows how many pages it will read, asks for their time
 * ({@link #scanning}). The rule itself — how much a page is given — is the listener's (the batch's time limit).
 */
public final class ScanTime {
    /** Grants the time for a number of scanned pages, and says how much it granted. */
    public interface Listener {
        Duration scanning(int pages);
    }

    private static final ThreadLocal<Listener> LISTENER = new ThreadLocal<>();

    private ScanTime() {
    }

    /** Runs {@code work} on this thread with {@code listener} told of the pages any scan in it reads. */
    public static <T> T during(Listener listener, Supplier<T> work) {
        Listener before = LISTENER.get();
        LISTENER.set(listener);
        try {
            return work.get();
        } finally {
            if (before == null) {
                LISTENER.remove();
            } else {
                LISTENER.set(before);
            }
        }
    }

    /** Tells the listener of this thread that a scan of this many pages is being read; the time it granted. */
    public static Duration scanning(int pages) {
        Listener l = LISTENER.get();
        return l == null || pages <= 0 ? Duration.ZERO : l.scanning(pages);
    }
}
