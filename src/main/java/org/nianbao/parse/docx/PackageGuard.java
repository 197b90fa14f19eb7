package org.nianbao.parse.docx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.Limit;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * Streams through a .docx once before POI opens it, because POI inflates every part into memory and builds a DOM of
 * each XML part: a zip bomb, a body of a million rows, a styles or numbering part of a million entries, or a part
 * nested thousands deep would exhaust the heap or the time before any count of ours could stop it. This pass keeps
 * nothing. It reads the zip as POI does ({@link DocxZip}) and refuses an entry it cannot inflate, so no compression
 * method leaves a part uncounted; it counts the entries and the bytes inflated; and it has every XML part — whatever
 * its name — tallied against one budget for the whole package ({@link XmlTally}: elements and attributes, table
 * cells, text, depth, no DTD). A zip it cannot walk is refused: POI walks it the same way.
 */
final class PackageGuard {
    /** POI's own default cap on the number of parts. */
    static final int MAX_ENTRIES = 1000;
    /** Far deeper than Word's own nesting (a table in a table in a content control …). */
    static final int MAX_DEPTH = 256;
    /** XML elements and attributes allowed per allowed table cell: a real report has a few thousand in all. */
    static final int NODES_PER_CELL = 5;

    private final long maxUnzipped;
    private final XmlTally.Budget budget;
    private long unzipped;

    private PackageGuard(ReadLimits limits) {
        this.maxUnzipped = 2 * limits.maxBytes() + (16L << 20);
        this.budget = new XmlTally.Budget(limits, (long) NODES_PER_CELL * limits.maxTableCells());
    }

    static void check(byte[] content, ReadLimits limits) throws ReadFailure {
        new PackageGuard(limits).walk(content);
    }

    private void walk(byte[] content) throws ReadFailure {
        try {
            DocxZip zip = new DocxZip(content);
            int entries = 0;
            for (ZipArchiveEntry e = zip.next(); e != null; e = zip.next()) {
                if (++entries > MAX_ENTRIES) {
                    throw Limit.ZIP_ENTRIES.exceeded(MAX_ENTRIES);
                }
                if (!zip.canRead(e)) {
                    throw new ReadFailure(InputProblem.UNREADABLE, "not a readable .docx: part " + e.getName()
                            + " is encrypted or compressed by a method that cannot be read (" + e.getMethod() + ")");
                }
                new Counted(zip.stream()).drain(new XmlTally(budget));
            }
        } catch (Over over) {
            throw Limit.UNZIPPED.exceeded(maxUnzipped);
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure(InputProblem.UNREADABLE, "not a readable .docx: " + e.getMessage(), e);
        }
    }

    /** Past the unzipped limit: an IOException, so it leaves through the reads and is told apart in walk(). */
    private static final class Over extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** One entry's inflated bytes, counted against the whole package's allowance; closing it leaves the zip open. */
    private final class Counted extends FilterInputStream {
        private final byte[] skip = new byte[8192];

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                unzipped += n;
                if (unzipped > maxUnzipped) {
                    throw new Over();
                }
            }
            return n;
        }

        @Override
        public void close() {
            // the zip stream goes on to the next entry
        }

        void drain(XmlTally tally) throws IOException, ReadFailure {
            int n;
            while ((n = read(skip, 0, skip.length)) >= 0) {
                tally.feed(skip, 0, n);
            }
        }
    }
}
