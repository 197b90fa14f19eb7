package org.nianbao.parse.docx;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.nianbao.parse.Limit;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * Streams through a .docx once before POI opens it, because POI inflates every part into memory and builds a DOM of
 * each XML part: a zip bomb, a body of a million rows or a part nested thousands deep would exhaust the heap or
 * the time before any count of ours could stop it. This pass keeps nothing: it counts the entries and the bytes
 * inflated, and has each XML part tallied ({@link XmlTally}: depth, the body's cells and text, no DTD, since Word
 * never writes one and it is how entity expansion and external entities get in). A zip it cannot walk is left to
 * POI to judge.
 */
final class PackageGuard {
    /** POI's own default cap on the number of parts. */
    static final int MAX_ENTRIES = 1000;
    /** Far deeper than Word's own nesting (a table in a table in a content control …). */
    static final int MAX_DEPTH = 256;

    private final ReadLimits limits;
    private final long maxUnzipped;
    private long unzipped;

    private PackageGuard(ReadLimits limits) {
        this.limits = limits;
        this.maxUnzipped = 2 * limits.maxBytes() + (16L << 20);
    }

    static void check(byte[] content, ReadLimits limits) throws ReadFailure {
        new PackageGuard(limits).walk(content);
    }

    private void walk(byte[] content) throws ReadFailure {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            int entries = 0;
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw Limit.ZIP_ENTRIES.exceeded(MAX_ENTRIES);
                }
                String name = e.getName().toLowerCase(Locale.ROOT);
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                new Counted(zip).drain(xml ? new XmlTally(name.matches("word/document\\d*\\.xml"), limits) : null);
            }
        } catch (Over over) {
            throw Limit.UNZIPPED.exceeded(maxUnzipped);
        } catch (IOException | RuntimeException e) {
            // a zip java.util.zip cannot walk: POI reads zips its own way and says what is wrong, if anything
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
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
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
                if (tally != null) {
                    tally.feed(skip, 0, n);
                }
            }
        }

        private void count(int n) throws Over {
            unzipped += n;
            if (unzipped > maxUnzipped) {
                throw new Over();
            }
        }
    }
}
