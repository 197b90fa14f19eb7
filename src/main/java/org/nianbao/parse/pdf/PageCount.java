package org.nianbao.parse.pdf;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.Limit;
import org.nianbao.parse.ReadFailure;

/**
 * A PDF's pages counted by walking its page tree, never taken from the {@code /Count} the file declares: a file may
 * declare 2³¹−1 pages, or −5, and have one. Each node's {@code /Count} is set to what was counted under it, so that
 * PDFBox, which finds a page by those counts, finds the pages that are there.
 */
final class PageCount {
    /** Far deeper than any producer nests its page tree. */
    private static final int MAX_DEPTH = 64;

    private final int max;
    private final Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private int pages;

    private PageCount(int max) {
        this.max = max;
    }

    /** The pages the tree really holds; over {@code max} stops the walk at once with the limit's failure. */
    static int of(PDDocument document, int max) throws ReadFailure {
        PageCount count = new PageCount(max);
        count.node(document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES), 0);
        return count.pages;
    }

    /** Counts the pages under a node and writes the count into it. */
    private int node(COSDictionary node, int depth) throws ReadFailure {
        if (node == null || !seen.add(node)) {
            return 0; // a missing node holds nothing; a node met again (a loop) is counted once
        }
        if (depth > MAX_DEPTH) {
            throw new ReadFailure(InputProblem.UNREADABLE, "PDF page tree nested deeper than " + MAX_DEPTH);
        }
        // a tree node as PDFBox tells one: typed /Pages, or holding /Kids; anything else is a page
        if (!COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) && !node.containsKey(COSName.KIDS)) {
            if (++pages > max) {
                throw Limit.PAGES.exceeded(max, "PDF has more than " + max + " pages");
            }
            return 1;
        }
        int under = 0;
        COSBase kids = node.getDictionaryObject(COSName.KIDS);
        COSArray array = kids instanceof COSArray a ? a : new COSArray();
        for (int i = 0; i < array.size(); i++) {
            COSBase kid = array.get(i);
            if (kid instanceof COSObject reference) {
                kid = reference.getObject();
            }
            if (kid instanceof COSDictionary dictionary) {
                under += node(dictionary, depth + 1);
            }
        }
        node.setInt(COSName.COUNT, under);
        return under;
    }
}
