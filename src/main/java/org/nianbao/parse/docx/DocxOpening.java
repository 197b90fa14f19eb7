package org.nianbao.parse.docx;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nianbao.model.Location;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * The paragraphs outside tables of a .docx, streamed from {@code word/document.xml} with StAX: enough to tell whose
 * report of which year it is (the title, the period sentence, the signature) at a small part of the cost of building
 * POI's document model. Deleted tracked changes are left out, as in the full read; no DTD is read.
 */
final class DocxOpening {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private DocxOpening() {
    }

    static RawDocument read(byte[] content, ReadLimits limits) throws ReadFailure {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new RawDocument(InputFormat.DOCX, paragraphs(new Capped(zip, limits), limits), null);
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new ReadFailure(InputProblem.UNREADABLE, "not a readable .docx: " + e, e);
        }
        throw new ReadFailure(InputProblem.UNREADABLE, "not a readable .docx: no word/document.xml");
    }

    private static List<RawBlock> paragraphs(InputStream xml, ReadLimits limits)
            throws XMLStreamException, ReadFailure {
        List<RawBlock> blocks = new ArrayList<>();
        XMLStreamReader r = XML.createXMLStreamReader(xml);
        int tables = 0;
        int deleted = 0;
        int index = 0;
        long chars = 0;
        StringBuilder text = null;
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "tbl" -> tables++;
                        case "del" -> deleted++;
                        case "p" -> text = tables == 0 ? new StringBuilder() : text;
                        case "t" -> {
                            if (text != null && tables == 0 && deleted == 0) {
                                text.append(r.getElementText());
                            }
                        }
                        case "br", "cr" -> {
                            if (text != null && tables == 0 && deleted == 0) {
                                text.append('\n');
                            }
                        }
                        case "tab" -> {
                            if (text != null && tables == 0 && deleted == 0) {
                                text.append('\t');
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "tbl" -> tables--;
                        case "del" -> deleted--;
                        case "p" -> {
                            if (text != null && tables == 0) {
                                chars += text.length();
                                if (chars > limits.maxTextChars()) {
                                    throw new ReadFailure(InputProblem.TOO_LARGE, "more than "
                                            + limits.maxTextChars() + " characters of text",
                                            Map.of("limit", limits.maxTextChars(), "what", "text"), null);
                                }
                                blocks.add(RawParagraph.plain(text.toString(), Location.paragraph(null, ++index)));
                                text = null;
                            }
                        }
                        default -> { }
                    }
                }
            }
        } finally {
            r.close();
        }
        return blocks;
    }

    /** Stops a zip bomb: no more of document.xml than the file-size limit times a generous ratio is inflated. */
    private static final class Capped extends FilterInputStream {
        private static final long RATIO = 100;
        private final long cap;
        private long read;

        Capped(InputStream in, ReadLimits limits) {
            super(in);
            this.cap = limits.maxBytes() * RATIO;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > cap) {
                throw new IOException("word/document.xml inflates to more than " + cap + " bytes");
            }
        }

        @Override
        public void close() {
            // the zip stream is closed by its owner
        }
    }
}
