package org.nianbao.run;

import java.time.Duration;
import java.util.Map;

/**
 * How long one file may take: {@code perFile} (the {@code --timeout}), and for a scan read by OCR
 * {@code perScannedPage} more for each of its pages (the {@code --ocr-page-timeout}), granted when the reader finds
 * the pages have no text to read. A ten-page scan is given ten pages' time; a file with a text layer only the
 * {@code perFile}. At most {@link #TIMED_PAGES} pages count: a long annual report has about twenty, and a file of
 * hundreds of scanned pages must not hold a reader for hours (nor a server's worker).
 */
public record TimeLimit(Duration perFile, Duration perScannedPage) {
    /** OCR takes 2–5 s a page on an idle core and up to ten times that on a machine loaded many times over. */
    public static final Duration PER_SCANNED_PAGE = Duration.ofSeconds(30);
    /** The most scanned pages a file is given time for. */
    public static final int TIMED_PAGES = 20;

    public TimeLimit {
        if (perFile.isNegative() || perFile.isZero() || perScannedPage.isNegative()) {
            throw new IllegalArgumentException("a time limit is above 0: " + perFile + ", " + perScannedPage);
        }
    }

    /** This limit per file, with the default allowance per scanned page. */
    public static TimeLimit of(Duration perFile) {
        return new TimeLimit(perFile, PER_SCANNED_PAGE);
    }

    /**
     * The limit that granted {@code granted} beyond {@code perFile} to a scan of {@code scannedPages} pages (what a
     * worker process reports): the time a page was given, from the pages that count.
     */
    public static TimeLimit granting(Duration perFile, Duration granted, int scannedPages) {
        int timed = Math.min(TIMED_PAGES, scannedPages);
        return new TimeLimit(perFile, timed <= 0 ? Duration.ZERO : granted.dividedBy(timed));
    }

    /** The time a file gets in all once this many of its pages are read by OCR. */
    public Duration with(int scannedPages) {
        return perFile.plus(perScannedPage.multipliedBy(Math.max(0, Math.min(TIMED_PAGES, scannedPages))));
    }

    /** The details of a file's INPUT.TIMEOUT: its limit in all, and for a scan how that was made. */
    public Map<String, Object> details(int scannedPages) {
        String seconds = seconds(with(scannedPages));
        if (scannedPages <= 0) {
            return Map.of("seconds", seconds);
        }
        return Map.of("seconds", seconds, "fileSeconds", seconds(perFile), "scannedPages", scannedPages,
                "timedPages", Math.min(TIMED_PAGES, scannedPages), "pageSeconds", seconds(perScannedPage));
    }

    /** Seconds as people write them: 60, 0.5. */
    public static String seconds(Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
    }
}
