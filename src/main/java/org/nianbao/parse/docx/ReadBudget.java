package org.nianbao.parse.docx;

import org.nianbao.parse.Limit;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/** Counts table cells and text characters as they are read, and fails as soon as a {@link ReadLimits} cap is passed. */
final class ReadBudget {
    /** Real statistics tables have at most a few dozen columns. */
    private static final long MAX_COLUMNS = 500;
    private final ReadLimits limits;
    private long cells;
    private long chars;

    ReadBudget(ReadLimits limits) {
        this.limits = limits;
    }

    void addCell() throws ReadFailure {
        if (++cells > limits.maxTableCells()) {
            throw Limit.CELLS.exceeded(limits.maxTableCells());
        }
    }

    void addText(String text) throws ReadFailure {
        chars += text.length();
        if (chars > limits.maxTextChars()) {
            throw Limit.TEXT.exceeded(limits.maxTextChars());
        }
    }

    /** A grid's slots (rows × columns) are bounded too, so spans cannot blow a few cells up into a huge grid. */
    void checkGrid(long rows, long columns) throws ReadFailure {
        long slots = rows * columns;
        if (columns > MAX_COLUMNS || slots > 4L * limits.maxTableCells()) {
            throw Limit.CELLS.exceeded(limits.maxTableCells(), "a grid of " + rows + " x " + columns
                    + " slots (at most " + MAX_COLUMNS + " columns and 4 slots per allowed cell)");
        }
    }
}
