package org.nianbao.parse.docx;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX over WordprocessingML: the one factory (no DTD, no external entities; {@link PackageGuard} has refused a DTD
 * already) and the moves every part reader makes — to the next child element, past an element, to its text.
 */
final class WordXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    private WordXml() {
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /**
     * From inside an element (at its start, or after a child's end), to the start of its next child element: true;
     * or to its own end: false.
     */
    static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** From an element's start to its end, whatever it holds. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The element's own text (text inside child elements left out), from its start to its end. */
    static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = null;
        String single = null;
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> {
                    String piece = r.getText();
                    if (single == null && text == null) {
                        single = piece;
                    } else {
                        if (text == null) {
                            text = new StringBuilder(single);
                        }
                        text.append(piece);
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> skip(r);
                case XMLStreamConstants.END_ELEMENT -> {
                    return text != null ? text.toString() : single == null ? "" : single;
                }
                default -> { }
            }
        }
        return text != null ? text.toString() : single == null ? "" : single;
    }

    /** Whether the reader is at an element of WordprocessingML named {@code local}. */
    static boolean is(XMLStreamReader r, String local) {
        return local.equals(r.getLocalName()) && W.equals(r.getNamespaceURI());
    }

    /** Whether the reader is at an element of WordprocessingML. */
    static boolean isWord(XMLStreamReader r) {
        return W.equals(r.getNamespaceURI());
    }

    /** The {@code w:}-qualified attribute, or null. */
    static String attribute(XMLStreamReader r, String local) {
        return r.getAttributeValue(W, local);
    }

    /** The {@code w:val} of the element, or null. */
    static String val(XMLStreamReader r) {
        return r.getAttributeValue(W, "val");
    }
}
