package org.nianbao.parse.docx;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The styles part: for each style id (its first definition), what the paragraph reader asks of a style. */
final class WordStyles {
    static final WordStyles NONE = new WordStyles();

    private final Map<String, Style> byId = new HashMap<>();

    /**
     * One {@code w:style}: name, base style, outline level, and its run properties' first {@code w:b} and
     * {@code w:sz} (raw values; {@code boldSet} and {@code sizeSet} say whether the element is there at all).
     */
    record Style(String name, String basedOn, String outlineLevel, boolean outlineSet, boolean boldSet,
            String bold, boolean sizeSet, String size) {
    }

    Style get(String id) {
        return id == null ? null : byId.get(id);
    }

    static WordStyles read(InputStream part) throws IOException, XMLStreamException {
        WordStyles styles = new WordStyles();
        XMLStreamReader r = WordXml.open(part);
        try {
            if (!WordXml.nextChild(r)) {
                return styles;
            }
            while (WordXml.nextChild(r)) {
                if (WordXml.is(r, "style")) {
                    String id = WordXml.attribute(r, "styleId");
                    Style style = style(r);
                    if (id != null) {
                        styles.byId.putIfAbsent(id, style);
                    }
                } else {
                    WordXml.skip(r);
                }
            }
        } finally {
            r.close();
        }
        return styles;
    }

    private static Style style(XMLStreamReader r) throws XMLStreamException {
        String name = null;
        String basedOn = null;
        String outline = null;
        boolean nameSeen = false;
        boolean basedOnSeen = false;
        boolean outlineSet = false;
        boolean pPrSeen = false;
        boolean rPrSeen = false;
        boolean boldSet = false;
        String bold = null;
        boolean sizeSet = false;
        String size = null;
        while (WordXml.nextChild(r)) {
            if (WordXml.is(r, "name") && !nameSeen) {
                nameSeen = true;
                name = WordXml.val(r);
            } else if (WordXml.is(r, "basedOn") && !basedOnSeen) {
                basedOnSeen = true;
                basedOn = WordXml.val(r);
            } else if (WordXml.is(r, "pPr") && !pPrSeen) {
                pPrSeen = true;
                while (WordXml.nextChild(r)) {
                    if (WordXml.is(r, "outlineLvl") && !outlineSet) {
                        outlineSet = true;
                        outline = WordXml.val(r);
                    }
                    WordXml.skip(r);
                }
                continue;
            } else if (WordXml.is(r, "rPr") && !rPrSeen) {
                rPrSeen = true;
                while (WordXml.nextChild(r)) {
                    if (WordXml.is(r, "b") && !boldSet) {
                        boldSet = true;
                        bold = WordXml.val(r);
                    } else if (WordXml.is(r, "sz") && !sizeSet) {
                        sizeSet = true;
                        size = WordXml.val(r);
                    }
                    WordXml.skip(r);
                }
                continue;
            }
            WordXml.skip(r);
        }
        return new Style(name, basedOn, outline, outlineSet, boldSet, bold, sizeSet, size);
    }
}
