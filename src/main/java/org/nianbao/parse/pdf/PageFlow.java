package org.nianbao.parse.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.parse.Limit;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * Takes the scanned pages in order and decides which ruled boxes are table fragments; the rest of each page is its
 * narrative. A box of two or more columns is a table. A one-column box is a table only when it joins one across a
 * page break with nothing between (a caption row left alone at the foot of a page, or the last row of a table on
 * the next page); otherwise it is a framed paragraph and its text is narrative. Deciding the foot of a page needs
 * the next one, so one page waits. Every glyph ends in exactly one place: a table cell or a narrative line.
 */
final class PageFlow implements ContentScanner.PageSink {
    private final ReadLimits limits;
    private final StringBuilder allText;
    private final List<TextLine> lines = new ArrayList<>();
    private final List<TextLine> running = new ArrayList<>();
    private final List<Fragment> tables = new ArrayList<>();
    private long crossings;
    private long ruledCells;
    private ScannedPage waiting;
    private boolean[] waitingTables;

    PageFlow(ReadLimits limits, StringBuilder allText) {
        this.limits = limits;
        this.allText = allText;
    }

    @Override
    public void rulings(int page, RulingLines lines) throws IOException {
        // finding cells costs in the crossings of ruling lines: bound them before it is done
        crossings += lines.crossings();
        if (crossings > 4L * limits.maxTableCells()) {
            throw new LimitReached(Limit.CELLS.exceeded(limits.maxTableCells(), "ruling lines crossing " + crossings
                    + " times up to page " + page + " (at most 4 per allowed cell)"));
        }
    }

    @Override
    public void page(ScannedPage page) throws IOException {
        // counted page by page, so a PDF ruled into a huge grid stops early, not after every page is read
        for (Fragment f : page.fragments()) {
            ruledCells += f.cells().size();
        }
        if (ruledCells > limits.maxTableCells()) {
            throw new LimitReached(Limit.CELLS.exceeded(limits.maxTableCells(), "ruled cells up to page "
                    + page.number()));
        }
        if (allText.length() > limits.maxTextChars()) {
            throw new LimitReached(Limit.TEXT.exceeded(limits.maxTextChars()));
        }
        boolean[] isTable = new boolean[page.fragments().size()];
        for (int i = 0; i < isTable.length; i++) {
            isTable[i] = page.fragments().get(i).columnEdges().count() > 2;
        }
        if (waiting != null && waiting.number() == page.number() - 1) {
            markRunning(waiting, page);
            joinAcrossBreak(waiting, waitingTables, page, isTable);
        }
        finishWaiting();
        waiting = page;
        waitingTables = isTable;
    }

    /** The narrative lines of every page, in reading order; call after the last page. */
    List<TextLine> lines() {
        finishWaiting();
        return lines;
    }

    /** The running headers and footers left out of the narrative; call after the last page. */
    List<TextLine> running() {
        finishWaiting();
        return running;
    }

    /** The table fragments of every page, in page order; call after the last page. */
    List<Fragment> tables() {
        finishWaiting();
        return tables;
    }

    /**
     * Marks as tables the one-column boxes that join a table across the break between two pages: the last thing
     * on the earlier page and the first on the later one, the same table by {@link TableStitcher#continues}.
     */
    private static void joinAcrossBreak(ScannedPage before, boolean[] beforeTables, ScannedPage after,
            boolean[] afterTables) {
        int last = lastItem(before);
        int first = firstItem(after);
        if (last < 0 || first < 0 || !beforeTables[last] && !afterTables[first]) {
            return;
        }
        if (TableStitcher.continues(before.fragments().get(last), after.fragments().get(first))) {
            beforeTables[last] = true;
            afterTables[first] = true;
        }
    }

    /** The index of the box that ends the page (no running text below it), or -1. */
    private static int lastItem(ScannedPage page) {
        if (page.fragments().isEmpty()) {
            return -1;
        }
        int last = page.fragments().size() - 1;
        float bottom = page.fragments().get(last).area().bottom();
        for (RawLine l : page.lines()) {
            Box b = l.outsideBoxes();
            if (b != null && (b.top() + b.bottom()) / 2 > bottom && !furniture(l)) {
                return -1;
            }
        }
        return last;
    }

    /** The index of the box that starts the page (no running text above it), or -1. */
    private static int firstItem(ScannedPage page) {
        if (page.fragments().isEmpty()) {
            return -1;
        }
        float top = page.fragments().get(0).area().top();
        for (RawLine l : page.lines()) {
            Box b = l.outsideBoxes();
            if (b != null && (b.top() + b.bottom()) / 2 < top && !furniture(l)) {
                return -1;
            }
        }
        return 0;
    }

    private static boolean furniture(RawLine l) {
        return l.running() || PageFurniture.isPageNumber(l.outsideText());
    }

    /**
     * Marks the running headers and footers of two consecutive pages: among the lines at the top or the foot of
     * each page, those printed at the same place on both with the same words (page numbers and dates aside), as
     * a browser prints the date, the title, the address and 1/4 around every page.
     */
    private static void markRunning(ScannedPage before, ScannedPage after) {
        List<RawLine> a = PageFurniture.edgeLines(before.lines());
        List<RawLine> b = PageFurniture.edgeLines(after.lines());
        for (RawLine x : a) {
            for (RawLine y : b) {
                if (PageFurniture.sameRunningLine(x, y)) {
                    x.markRunning();
                    y.markRunning();
                }
            }
        }
    }

    private void finishWaiting() {
        if (waiting == null) {
            return;
        }
        boolean[] isTable = waitingTables;
        for (int i = 0; i < isTable.length; i++) {
            if (isTable[i]) {
                tables.add(waiting.fragments().get(i));
            }
        }
        for (RawLine l : waiting.lines()) {
            TextLine t = l.narrative(waiting.number(), i -> isTable[i]);
            if (t != null) {
                (l.running() ? running : lines).add(t);
            }
        }
        waiting = null;
        waitingTables = null;
    }

    /** A limit passed while pages are being read; {@link PdfParser} turns it back into its failure. */
    static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient ReadFailure failure;

        LimitReached(ReadFailure failure) {
            super(failure.getMessage());
            this.failure = failure;
        }

        ReadFailure failure() {
            return failure;
        }
    }
}
