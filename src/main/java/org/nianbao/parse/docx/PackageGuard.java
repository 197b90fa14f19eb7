package org.nianbao.parse.docx;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.Limit;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * Streams through a .docx once before its parts are parsed: a zip bomb, a body of a million rows, a styles or
 * numbering part of a million entries, or a part nested thousands deep is refused before any parser spends heap or
 * time on it. The same pass keeps the small XML parts' bytes ({@link DocxParts}) so nothing is inflated twice. It
 * reads the zip as POI does ({@link DocxZip}) and refuses an entry it cannot inflate, so no compression
 * method leaves a part uncounted; it counts the entries and the bytes inflated; and it has every XML part — whatever
 * its name — tallied against one budget for the whole package ({@link XmlTally}: elements and attributes, table
 * cells, text, depth, no DTD). A zip it cannot walk is refused: POI walks it the same way.
 */
final class PackageGuard {
    /** Bytes an entry may inflate to before its inflate ratio is checked (POI's grace size). */
    static final long GRACE_ENTRY = 100 * 1024L;
    /** The least compressed-to-inflated ratio allowed past the grace size (POI's). */
    static final double MIN_INFLATE_RATIO = 0.01d;
    /** POI's own default cap on the number of parts. */
    static final int MAX_ENTRIES = 1000;
    /** Far deeper than Word's own nesting (a table in a table in a content control …). */
    static final int MAX_DEPTH = 256;
    /** XML elements and attributes allowed per allowed table cell: a real report has a few thousand in all. */
    static final int NODES_PER_CELL = 5;

    private final long maxUnzipped;
    private final XmlTally.Budget budget;
    private long unzipped;
    /**
     * The first entry that inflated past {@link #GRACE_ENTRY} to more than a hundred times its compressed size: POI's
     * own zip bomb rule ({@code ZipSecureFile}'s minimum inflate ratio), kept from when POI read the package.
     */
    private String bomb;

    private PackageGuard(ReadLimits limits) {
        this.maxUnzipped = 2 * limits.maxBytes() + (16L << 20);
        this.budget = new XmlTally.Budget(limits, (long) NODES_PER_CELL * limits.maxTableCells());
    }

    /** Checks the package and returns its parts: every name, the small XML parts' bytes (see {@link DocxParts}). */
    static DocxParts check(byte[] content, ReadLimits limits) throws ReadFailure {
        return new PackageGuard(limits).walk(content);
    }

    private DocxParts walk(byte[] content) throws ReadFailure {
        try {
            DocxParts parts = new DocxParts(content);
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
                // as POI refuses them: a package's parts are told apart by name, case aside
                if (e.getName() == null || e.getName().isEmpty() || !parts.add(e.getName())) {
                    throw new ReadFailure(InputProblem.UNREADABLE, "not a readable .docx: the zip holds "
                            + (e.getName() == null || e.getName().isEmpty() ? "an entry without a name"
                                    : "more than one entry named " + e.getName()));
                }
                new Counted(zip.stream(), e.getName()).drain(new XmlTally(budget), parts, e.getName());
            }
            if (bomb != null) {
                // after the whole pass, so a package over a limit is told so first, as when POI read it after us
                throw new ReadFailure(InputProblem.TOO_LARGE, "zip bomb guard: " + bomb);
            }
            return parts;
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

        private final InputStreamStatistics statistics;
        private final String name;

        Counted(ZipArchiveInputStream in, String name) {
            super(in);
            this.statistics = in;
            this.name = name;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                unzipped += n;
                if (unzipped > maxUnzipped) {
                    throw new Over();
                }
                long inflated = statistics.getUncompressedCount();
                if (bomb == null && inflated > GRACE_ENTRY
                        && statistics.getCompressedCount() / (double) inflated < MIN_INFLATE_RATIO) {
                    bomb = name + " inflates from " + statistics.getCompressedCount() + " to " + inflated
                            + " bytes and more, a ratio under " + MIN_INFLATE_RATIO;
                }
            }
            return n;
        }

        @Override
        public void close() {
            // the zip stream goes on to the next entry
        }

        /** Reads the entry to its end, tallying it, and hands it to the parts whole when it is small enough. */
        void drain(XmlTally tally, DocxParts parts, String name) throws IOException, ReadFailure {
            ByteArrayOutputStream whole = DocxParts.isXml(name) && parts.mayKeep(0) ? new ByteArrayOutputStream() : null;
            int n;
            while ((n = read(skip, 0, skip.length)) >= 0) {
                tally.feed(skip, 0, n);
                if (whole != null) {
                    whole.write(skip, 0, n);
                    if (!parts.mayKeep(whole.size())) {
                        whole = null;
                    }
                }
            }
            if (whole != null) {
                parts.keep(name, whole.toByteArray());
            }
        }
    }
}
