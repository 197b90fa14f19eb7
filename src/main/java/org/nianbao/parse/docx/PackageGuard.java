package org.nianbao.parse.docx;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.Limit;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * Streams through a .docx once before POI opens it, because POI inflates every part into memory and builds a DOM of
 * each XML part: a zip bomb, a body of a million rows or a part nested thousands deep would exhaust the heap or
 * the time before any count of ours could stop it. This pass keeps nothing: it counts the entries, the bytes
 * inflated, the body's table cells and text, and each XML part's depth, and refuses a DTD (Word never writes one;
 * it is how entity expansion and external entities get in). A zip it cannot walk is left to POI to judge.
 */
final class PackageGuard {
    /** POI's own default cap on the number of parts. */
    static final int MAX_ENTRIES = 1000;
    /** Far deeper than Word's own nesting (a table in a table in a content control …). */
    static final int MAX_DEPTH = 256;
    private static final XMLInputFactory XML = factory();

    private final ReadLimits limits;
    private final long maxUnzipped;
    private long unzipped;
    private long cells;
    private long chars;

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
                Counted in = new Counted(zip);
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    scanXml(in, name.matches("word/document\\d*\\.xml"));
                }
                in.drain();
            }
        } catch (Over over) {
            throw Limit.UNZIPPED.exceeded(maxUnzipped);
        } catch (IOException | RuntimeException e) {
            // a zip java.util.zip cannot walk: POI reads zips its own way and says what is wrong, if anything
        }
    }

    private void scanXml(Counted in, boolean body) throws ReadFailure, IOException {
        XMLStreamReader xml = null;
        try {
            xml = XML.createXMLStreamReader(in);
            int depth = 0;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.DTD -> throw new ReadFailure(InputProblem.UNREADABLE,
                            "a document type declaration (DTD) inside a .docx part: Word never writes one");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_DEPTH) {
                            throw new ReadFailure(InputProblem.UNREADABLE, "XML nested deeper than " + MAX_DEPTH);
                        }
                        if (body && "tc".equals(xml.getLocalName()) && ++cells > limits.maxTableCells()) {
                            throw Limit.CELLS.exceeded(limits.maxTableCells());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (body) {
                            chars += xml.getTextLength();
                            if (chars > limits.maxTextChars()) {
                                throw Limit.TEXT.exceeded(limits.maxTextChars());
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof Over over) {
                throw over;
            }
            // malformed XML: POI will say so when it parses the part; the rest is still counted by drain()
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // nothing held
                }
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /** Past the unzipped limit: an IOException, so it comes out of the XML parser's reads (maybe wrapped). */
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

        void drain() throws IOException {
            while (read(skip, 0, skip.length) >= 0) {
                // counting is the point
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
