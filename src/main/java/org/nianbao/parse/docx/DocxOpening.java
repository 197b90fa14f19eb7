package org.nianbao.parse.docx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.nianbao.model.Location;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.ReadFailure;

/**
 * The paragraphs outside tables of a .docx, streamed from {@code word/document.xml} with StAX: enough to tell whose
 * report of which year it is (the title, the period sentence, the signature) at a small part of the cost of building
 * POI's document model. Deleted tracked changes are left out, as in the full read. The caller runs
 * {@link PackageGuard} first, which bounds what the zip inflates to, the text and the XML depth, and refuses a DTD.
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

    static RawDocument read(byte[] content) throws ReadFailure {
        try {
            DocxZip zip = new DocxZip(content);
            for (ZipArchiveEntry e = zip.next(); e != null; e = zip.next()) {
                if (e.getName().equals("word/document.xml")) {
                    return new RawDocument(InputFormat.DOCX, paragraphs(zip.stream()), null);
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new ReadFailure(InputProblem.UNREADABLE, "not a readable .docx: " + e, e);
        }
        throw new ReadFailure(InputProblem.UNREADABLE, "not a readable .docx: no word/document.xml");
    }

    private static List<RawBlock> paragraphs(InputStream xml) throws XMLStreamException {
        List<RawBlock> blocks = new ArrayList<>();
        XMLStreamReader r = XML.createXMLStreamReader(xml);
        int tables = 0;
        int deleted = 0;
        int index = 0;
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
}
