package org.nianbao.parse.odt;

import javax.xml.stream.XMLStreamException;
import org.nianbao.parse.ReadFailure;

/**
 * Reads a style container ({@code office:styles} or {@code office:automatic-styles}) into the {@link StyleSheet}:
 * paragraph and text styles with their text properties, list styles and the outline style. Everything else in it
 * (page layouts, table and graphic styles, notes configuration) is passed over.
 */
final class StyleReader {
    private final OdfXml xml;
    private final StyleSheet sheet;

    StyleReader(OdfXml xml, StyleSheet sheet) {
        this.xml = xml;
        this.sheet = sheet;
    }

    /** Reads the children of the container whose start element was just read, up to its end. */
    void readContainer() throws XMLStreamException, ReadFailure {
        while (xml.nextChild()) {
            if (xml.is(OdfXml.STYLE, "style") || xml.is(OdfXml.STYLE, "default-style")) {
                style(xml.is(OdfXml.STYLE, "default-style"));
            } else if (xml.is(OdfXml.TEXT, "list-style")) {
                String name = xml.attr(OdfXml.STYLE, "name");
                ListStyle list = levels();
                if (name != null) {
                    sheet.addList(name, list);
                }
            } else if (xml.is(OdfXml.TEXT, "outline-style")) {
                sheet.outline(levels());
            } else {
                xml.skip();
            }
        }
    }

    private void style(boolean isDefault) throws XMLStreamException, ReadFailure {
        String family = xml.attr(OdfXml.STYLE, "family");
        String name = xml.attr(OdfXml.STYLE, "name");
        String displayName = xml.attr(OdfXml.STYLE, "display-name");
        String parent = xml.attr(OdfXml.STYLE, "parent-style-name");
        int outlineLevel = xml.intAttr(OdfXml.STYLE, "default-outline-level", 0, ListStyle.LEVELS);
        String listStyle = xml.attr(OdfXml.STYLE, "list-style-name");
        String weight = null;
        String weightAsian = null;
        String size = null;
        String sizeAsian = null;
        while (xml.nextChild()) {
            if (xml.is(OdfXml.STYLE, "text-properties")) {
                weight = xml.attr(OdfXml.FO, "font-weight");
                weightAsian = xml.attr(OdfXml.STYLE, "font-weight-asian");
                size = xml.attr(OdfXml.FO, "font-size");
                sizeAsian = xml.attr(OdfXml.STYLE, "font-size-asian");
            }
            xml.skip();
        }
        StyleSheet.Style style = new StyleSheet.Style(name, displayName, parent, outlineLevel, listStyle, weight, weightAsian,
                size, sizeAsian);
        if (isDefault) {
            sheet.addDefault(family, style);
        } else if (name != null) {
            sheet.add(family, style);
        }
    }

    /** The numbered levels of a list or outline style; bullet and image levels have no number and are left out. */
    private ListStyle levels() throws XMLStreamException, ReadFailure {
        ListStyle list = new ListStyle();
        while (xml.nextChild()) {
            if (xml.is(OdfXml.TEXT, "list-level-style-number") || xml.is(OdfXml.TEXT, "outline-level-style")) {
                int level = xml.intAttr(OdfXml.TEXT, "level", 0, ListStyle.LEVELS + 1);
                String format = xml.attr(OdfXml.STYLE, "num-format");
                list.level(level, new ListStyle.Level(format == null ? "" : format,
                        orEmpty(xml.attr(OdfXml.STYLE, "num-prefix")), orEmpty(xml.attr(OdfXml.STYLE, "num-suffix")),
                        xml.intAttr(OdfXml.TEXT, "display-levels", 1, ListStyle.LEVELS),
                        xml.intAttr(OdfXml.TEXT, "start-value", 1, 1_000_000),
                        "true".equals(xml.attr(OdfXml.STYLE, "num-letter-sync")),
                        xml.attr(OdfXml.LOEXT, "num-list-format")));
            }
            xml.skip();
        }
        return list;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
