package org.nianbao.parse.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.nianbao.parse.Limit;
import org.nianbao.parse.ReadFailure;

/**
 * A PDF's pages counted by walking its page tree, never taken from the {@code /Count} the file declares: a file may
 * declare 2³¹−1 pages, or −5, and have one.
 */
final class PageCount {
    private PageCount() {
    }

    /** The pages the tree really holds; over {@code max} stops the walk at once with the limit's failure. */
    static int of(PDDocument document, int max) throws ReadFailure {
        int pages = 0;
        for (PDPage ignored : document.getPages()) {
            if (++pages > max) {
                throw Limit.PAGES.exceeded(max, "PDF has more than " + max + " pages");
            }
        }
        return pages;
    }
}
