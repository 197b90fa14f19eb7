package org.nianbao.parse;

/**
 * Caps on what a reader accepts, so a hostile file cannot exhaust memory or time. Over a cap is
 * {@link InputProblem#TOO_LARGE}, made by {@link Limit#exceeded} so the message names the cap and its option.
 * Set from {@code check --max-size, --max-pages, --max-cells, --max-text}.
 */
public record ReadLimits(long maxBytes, int maxPages, int maxTableCells, int maxTextChars) {
    public static final ReadLimits DEFAULT = new ReadLimits(50L * 1024 * 1024, 500, 200_000, 5_000_000);
}
