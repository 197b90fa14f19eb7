package org.nianbao.parse.odt;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.ReadBudget;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * A StAX reader over one XML part of an OpenDocument file that keeps the guards of the .docx reader: a document type
 * declaration is refused (no OpenDocument producer writes one, and it is how entity expansion and external entities
 * get in), elements may nest at most {@link ReadLimits#MAX_XML_DEPTH} deep, and every element and attribute is
 * counted against the file's {@link ReadBudget}. It also names the namespaces the reader knows.
 */
final class OdfXml {
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    /** LibreOffice's extension namespace: its full number template for a list level. */
    static final String LOEXT = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
        FACTORY.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    private final XMLStreamReader reader;
    private final String part;
    private final ReadBudget budget;
    private int depth;

    private OdfXml(XMLStreamReader reader, String part, ReadBudget budget) {
        this.reader = reader;
        this.part = part;
        this.budget = budget;
    }

    /**
     * Opens a part for reading. Its bytes are decoded here, strictly, as UTF-8 (UTF-16 after its byte order mark):
     * the JDK's parser, left to decode them, prints a line to standard error for every broken byte sequence.
     *
     * @param part the part's name for messages, e.g. {@code content.xml}
     */
    static OdfXml open(byte[] xml, String part, ReadBudget budget) throws XMLStreamException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (xml.length >= 2 && ((xml[0] == (byte) 0xFE && xml[1] == (byte) 0xFF)
                || (xml[0] == (byte) 0xFF && xml[1] == (byte) 0xFE))) {
            charset = StandardCharsets.UTF_16;
        } else if (xml.length >= 3 && xml[0] == (byte) 0xEF && xml[1] == (byte) 0xBB && xml[2] == (byte) 0xBF) {
            skip = 3;
        }
        Reader text = new InputStreamReader(new ByteArrayInputStream(xml, skip, xml.length - skip),
                charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        return new OdfXml(FACTORY.createXMLStreamReader(text), part, budget);
    }

    boolean hasNext() throws XMLStreamException, ReadFailure {
        try {
            return reader.hasNext();
        } catch (XMLStreamException e) {
            throw broken(e);
        }
    }

    /**
     * The next event, counting depth; broken XML, a DTD or nesting past the limit is
     * {@link InputProblem#UNREADABLE}, naming the part and where in it.
     */
    int next() throws XMLStreamException, ReadFailure {
        int event;
        try {
            event = reader.next();
        } catch (XMLStreamException e) {
            throw broken(e);
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
            if (++depth > ReadLimits.MAX_XML_DEPTH) {
                throw new ReadFailure(InputProblem.UNREADABLE, part + ": XML nested deeper than "
                        + ReadLimits.MAX_XML_DEPTH);
            }
            budget.addNodes(1 + reader.getAttributeCount());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
        } else if (event == XMLStreamConstants.DTD) {
            throw new ReadFailure(InputProblem.UNREADABLE, "a document type declaration (DTD) inside " + part
                    + ": OpenDocument never has one");
        }
        return event;
    }

    private ReadFailure broken(XMLStreamException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + ", column "
                + e.getLocation().getColumnNumber();
        String what = e.getNestedException() instanceof CharacterCodingException ? "bytes that are not UTF-8 text"
                : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        return new ReadFailure(InputProblem.UNREADABLE, "not a readable .odt: " + part + where + ": " + what, e);
    }

    /**
     * Moves to the next child element of the element whose start was read last: true at the child's start, false
     * once past the parent's end. Text between children is passed over; each child must be read or
     * {@linkplain #skip skipped} to its end before the next is asked for.
     */
    boolean nextChild() throws XMLStreamException, ReadFailure {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    /** Reads past the end of the element whose start was just read, ignoring everything inside it. */
    void skip() throws XMLStreamException, ReadFailure {
        int target = depth - 1;
        while (depth > target) {
            next();
        }
    }

    boolean is(String namespace, String local) {
        return local.equals(reader.getLocalName()) && namespace.equals(reader.getNamespaceURI());
    }

    String namespace() {
        String ns = reader.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    String local() {
        return reader.getLocalName();
    }

    /** The attribute's value on the current start element, or null. */
    String attr(String namespace, String local) {
        return reader.getAttributeValue(namespace, local);
    }

    /** A non-negative integer attribute, capped at {@code max}; {@code otherwise} when absent or not a number. */
    int intAttr(String namespace, String local, int otherwise, int max) {
        String value = attr(namespace, local);
        if (value == null) {
            return otherwise;
        }
        try {
            long n = Long.parseLong(value.strip());
            return n < 0 ? otherwise : (int) Math.min(n, max);
        } catch (NumberFormatException e) {
            return value.strip().matches("\\d+") ? max : otherwise;
        }
    }

    String text() {
        return reader.getText();
    }

    void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing is held open: the input is an array
        }
    }
}
