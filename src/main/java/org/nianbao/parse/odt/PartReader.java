package org.nianbao.parse.odt;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.ReadBudget;
import org.nianbao.parse.ReadFailure;

/**
 * Reads one OpenDocument XML part from its root: the style containers into the {@link StyleSheet}, and the text
 * body through a {@link BodyReader}. The same for {@code styles.xml}, {@code content.xml} and a flat {@code .fodt},
 * which holds both; the automatic styles of {@code styles.xml} serve its page headers only, and their names may
 * clash with those of {@code content.xml}, so they are not read there.
 */
final class PartReader {
    private final StyleSheet styles;
    private final ReadBudget budget;

    PartReader(StyleSheet styles, ReadBudget budget) {
        this.styles = styles;
        this.budget = budget;
    }

    /** Reads the styles of a {@code styles.xml}. */
    void readStyles(byte[] part, String name) throws XMLStreamException, ReadFailure {
        read(part, name, false);
    }

    /** Reads the automatic styles and the body of a {@code content.xml} or a flat document; null without a body. */
    List<RawBlock> readDocument(byte[] part, String name) throws XMLStreamException, ReadFailure {
        return read(part, name, true);
    }

    private List<RawBlock> read(byte[] part, String name, boolean document) throws XMLStreamException, ReadFailure {
        OdfXml xml = OdfXml.open(part, name, budget);
        try {
            if (!toRoot(xml)) {
                throw new ReadFailure(InputProblem.UNREADABLE, name + " is not an OpenDocument part");
            }
            List<RawBlock> body = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.is(OdfXml.OFFICE, "styles") || (document && xml.is(OdfXml.OFFICE, "automatic-styles"))) {
                    new StyleReader(xml, styles).readContainer();
                } else if (document && xml.is(OdfXml.OFFICE, "body")) {
                    body = body(xml, name);
                } else {
                    xml.skip();
                }
            }
            return body;
        } finally {
            xml.close();
        }
    }

    /** Moves to the root element; whether it is one of OpenDocument's. */
    private static boolean toRoot(OdfXml xml) throws XMLStreamException, ReadFailure {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                return xml.namespace().equals(OdfXml.OFFICE);
            }
        }
        return false;
    }

    /** The {@code office:text} inside {@code office:body}; a spreadsheet or drawing body is not a report's text. */
    private List<RawBlock> body(OdfXml xml, String name) throws XMLStreamException, ReadFailure {
        List<RawBlock> blocks = new ArrayList<>();
        while (xml.nextChild()) {
            if (xml.is(OdfXml.OFFICE, "text")) {
                blocks = new BodyReader(xml, styles, budget).read();
            } else if (xml.namespace().equals(OdfXml.OFFICE)) {
                throw new ReadFailure(InputProblem.UNSUPPORTED, name + " holds an OpenDocument " + xml.local()
                        + ", not a text document");
            } else {
                xml.skip();
            }
        }
        return blocks;
    }
}
