package org.nianbao.parse;

/**
 * Caps on what a reader accepts, so a hostile file cannot exhaust memory or time. Over a cap is
 * {@link InputProblem#TOO_LARGE}, made by {@link Limit#exceeded} so the message names the cap and its option.
 * Set from {@code check --max-size, --max-pages, --max-cells, --max-text}.
 */
public record ReadLimits(long maxBytes, int maxPages, int maxTableCells, int maxTextChars) {
    public static final ReadLimits DEFAULT = new ReadLimits(50L * 1024 * 1024, 500, 200_000, 5_000_000);
    /** Entries a zip package (.docx, .odt) may hold: POI's own default cap on the number of parts. */
    public static final int MAX_ZIP_ENTRIES = 1000;
    /** How deep a package's XML may nest: far deeper than a word processor's own nesting (a table in a table …). */
    public static final int MAX_XML_DEPTH = 256;

    /** What a zip package may inflate to in all: twice the file size limit, plus 16 MB. */
    public long maxUnzippedBytes() {
        return 2 * maxBytes + (16L << 20);
    }

    /** The first thing every reader asks: is there anything to read, and not too much of it. */
    public void checkSize(byte[] content) throws ReadFailure {
        if (content.length == 0) {
            throw new ReadFailure(InputProblem.EMPTY, "empty file");
        }
        if (content.length > maxBytes) {
            throw Limit.BYTES.exceeded(maxBytes);
        }
    }
}
