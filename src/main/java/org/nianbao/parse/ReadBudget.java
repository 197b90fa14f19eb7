package org.nianbao.parse;

/**
 * Counts table cells, text characters and XML nodes as a reader builds or parses them, and fails as soon as a
 * {@link ReadLimits} cap is passed: one per file read.
 */
public final class ReadBudget {
    /** Real statistics tables have at most a few dozen columns. */
    private static final long MAX_COLUMNS = 500;
    /** XML elements and attributes allowed per allowed table cell: a real report has a few thousand in all. */
    public static final int NODES_PER_CELL = 5;
    private final ReadLimits limits;
    private long cells;
    private long chars;
    private long nodes;

    public ReadBudget(ReadLimits limits) {
        this.limits = limits;
    }

    public void addCell() throws ReadFailure {
        if (++cells > limits.maxTableCells()) {
            throw Limit.CELLS.exceeded(limits.maxTableCells());
        }
    }

    public void addText(String text) throws ReadFailure {
        addChars(text.length());
    }

    /** Counts characters before they are appended, so a reader never holds more text than the cap allows. */
    public void addChars(long n) throws ReadFailure {
        chars += n;
        if (chars > limits.maxTextChars()) {
            throw Limit.TEXT.exceeded(limits.maxTextChars());
        }
    }

    /**
     * Counts XML elements and attributes as a streaming reader meets them: a part of a million empty styles or
     * bookmarks holds few cells and little text, yet would cost memory and time.
     */
    public void addNodes(int n) throws ReadFailure {
        nodes += n;
        long max = (long) NODES_PER_CELL * limits.maxTableCells();
        if (nodes > max) {
            throw Limit.NODES.exceeded(max);
        }
    }

    /** A grid's slots (rows × columns) are bounded too, so spans cannot blow a few cells up into a huge grid. */
    public void checkGrid(long rows, long columns) throws ReadFailure {
        long slots = rows * columns;
        if (columns > MAX_COLUMNS || slots > 4L * limits.maxTableCells()) {
            throw Limit.CELLS.exceeded(limits.maxTableCells(), "a grid of " + rows + " x " + columns
                    + " slots (at most " + MAX_COLUMNS + " columns and 4 slots per allowed cell)");
        }
    }
}
