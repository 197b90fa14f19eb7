package org.nianbao.parse;

/**
 * Caps on what a reader accepts, so a hostile file cannot exhaust memory or time. Over a cap is
 * {@link InputProblem#TOO_LARGE}, made by {@link Limit#exceeded} so the message names the cap and its option.
 * Set from {@code check --max-size, --max-pages, --max-cells, --max-text}.
 */
public record ReadLimits(long maxBytes, int maxPages, int maxTableCells, int maxTextChars) {
    public static final ReadLimits DEFAULT = new ReadLimits(50L * 1024 * 1024, 500, 200_000, 5_000_000);

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
