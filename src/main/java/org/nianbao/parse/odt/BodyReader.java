package org.nianbao.parse.odt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.nianbao.model.Location;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadBudget;
import org.nianbao.parse.ReadFailure;

/**
 * Reads {@code office:text} into paragraphs and tables in document order, in one pass over the XML:
 * <ul>
 * <li>paragraphs and headings, with the label of auto-numbered list items and headings ({@link ListNumbering}),
 * the heading level ({@code text:outline-level}, else the style's), and bold and size from their styles;</li>
 * <li>sections, lists, and frames, text boxes and shapes in place: what a text box anchored in a paragraph holds
 * follows that paragraph;</li>
 * <li>tables as grids ({@link TableGrid}); a cell's paragraphs joined by {@code \n}; a table inside a cell kept
 * apart, after its parent, marked nested;</li>
 * <li>tracked changes: deleted text lives only in {@code text:tracked-changes} and is never read; inserted text is
 * in place between its change marks.</li>
 * </ul>
 * Never read: notes, comments, ruby annotations, hidden sections, indexes such as a table of contents (copies of
 * the headings that would read as a second set of sections), and soft page breaks.
 */
final class BodyReader {
    private static final Set<String> SKIPPED_TEXT = Set.of("tracked-changes", "table-of-content",
            "illustration-index", "table-index", "object-index", "user-index", "alphabetical-index", "bibliography",
            "sequence-decls", "variable-decls", "user-field-decls", "dde-connection-decls", "note",
            "soft-page-break");
    private static final Set<String> SKIPPED_INLINE = Set.of("note", "ruby-text", "hidden-text",
            "hidden-paragraph", "soft-page-break", "tracked-changes");
    private static final Set<String> SKIPPED_OFFICE = Set.of("annotation", "annotation-end", "forms",
            "event-listeners", "binary-data");
    private static final Set<String> SKIPPED_DRAW = Set.of("image", "object", "object-ole", "plugin", "applet");

    private final OdfXml xml;
    private final StyleSheet styles;
    private final ListNumbering numbering;
    private final ReadBudget budget;
    private final Map<String, StyleSheet.Run> runs = new HashMap<>();
    private int tables;

    BodyReader(OdfXml xml, StyleSheet styles, ReadBudget budget) {
        this.xml = xml;
        this.styles = styles;
        this.numbering = new ListNumbering(styles);
        this.budget = budget;
    }

    /** Reads the body whose start element was just read, to its end. */
    List<RawBlock> read() throws XMLStreamException, ReadFailure {
        List<RawBlock> blocks = new ArrayList<>();
        children(new Blocks(blocks));
        List<RawBlock> out = new ArrayList<>(blocks.size());
        int paragraph = 0;
        for (RawBlock b : blocks) {
            // numbered once all are in place: a text box's paragraphs are read before the paragraph holding it ends
            out.add(b instanceof RawParagraph p ? new RawParagraph(p.text(), p.numberingLabel(), p.headingLevel(),
                    p.bold(), p.fontSize(), Location.paragraph(null, ++paragraph)) : b);
        }
        return out;
    }

    /** A paragraph as read, before it becomes a block or a line of a cell. */
    private record Paragraph(String text, String label, int headingLevel, boolean bold, float fontSize) {
    }

    /** Where what a container holds goes: the document's blocks, or a table cell. */
    private interface Sink {
        void paragraph(Paragraph p);

        /** A table followed by the tables nested in it, and then what floated in its cells. */
        void table(List<RawTable> tablesRead, List<RawBlock> floating);

        /** Blocks from a text box or shape anchored in a paragraph. */
        void floating(List<RawBlock> blocks);

        boolean inCell();
    }

    /** The document's blocks, or those floating in a paragraph. */
    private record Blocks(List<RawBlock> out) implements Sink {
        @Override
        public void paragraph(Paragraph p) {
            out.add(new RawParagraph(p.text(), p.label(), p.headingLevel(), p.bold(), p.fontSize(), Location.NONE));
        }

        @Override
        public void table(List<RawTable> tablesRead, List<RawBlock> floating) {
            out.addAll(tablesRead);
            out.addAll(floating);
        }

        @Override
        public void floating(List<RawBlock> blocks) {
            out.addAll(blocks);
        }

        @Override
        public boolean inCell() {
            return false;
        }
    }

    /** A table cell: its paragraphs become lines of its text; nested tables and floating blocks wait for the table. */
    private static final class Cell implements Sink {
        final StringBuilder text = new StringBuilder();
        final List<RawTable> nested;
        final List<RawBlock> floats;
        boolean first = true;

        Cell(List<RawTable> nested, List<RawBlock> floats) {
            this.nested = nested;
            this.floats = floats;
        }

        @Override
        public void paragraph(Paragraph p) {
            if (!first) {
                text.append('\n');
            }
            first = false;
            // a number printed in a cell is part of what the cell says
            text.append(p.label() == null ? "" : p.label()).append(p.text());
        }

        @Override
        public void table(List<RawTable> tablesRead, List<RawBlock> floating) {
            nested.addAll(tablesRead);
            floats.addAll(floating);
        }

        @Override
        public void floating(List<RawBlock> blocks) {
            floats.addAll(blocks);
        }

        @Override
        public boolean inCell() {
            return true;
        }
    }

    /** Reads the children of the element whose start was just read, up to its end. */
    private void children(Sink sink) throws XMLStreamException, ReadFailure {
        while (xml.nextChild()) {
            block(sink);
        }
    }

    private void block(Sink sink) throws XMLStreamException, ReadFailure {
        String ns = xml.namespace();
        String local = xml.local();
        if (ns.equals(OdfXml.TEXT)) {
            switch (local) {
                case "p", "h" -> paragraph(local.equals("h"), false, sink);
                case "list" -> list(sink);
                case "section" -> {
                    if ("none".equals(xml.attr(OdfXml.TEXT, "display"))) {
                        xml.skip();
                    } else {
                        children(sink);
                    }
                }
                default -> {
                    if (SKIPPED_TEXT.contains(local)) {
                        xml.skip();
                    } else {
                        children(sink);
                    }
                }
            }
        } else if (ns.equals(OdfXml.TABLE)) {
            if (local.equals("table")) {
                table(sink);
            } else {
                xml.skip();
            }
        } else if ((ns.equals(OdfXml.DRAW) && SKIPPED_DRAW.contains(local)) || ns.equals(OdfXml.SVG)
                || (ns.equals(OdfXml.OFFICE) && SKIPPED_OFFICE.contains(local))) {
            xml.skip();
        } else {
            // frames, text boxes, shapes, groups, and wrappers of other vocabularies: what they hold is read
            children(sink);
        }
    }

    private void list(Sink sink) throws XMLStreamException, ReadFailure {
        numbering.enterList(xml.attr(OdfXml.TEXT, "style-name"),
                "true".equals(xml.attr(OdfXml.TEXT, "continue-numbering")), xml.attr(OdfXml.TEXT, "continue-list"),
                xml.attr(OdfXml.XML, "id"));
        while (xml.nextChild()) {
            if (xml.is(OdfXml.TEXT, "list-item") || xml.is(OdfXml.TEXT, "list-header")) {
                item(sink, xml.is(OdfXml.TEXT, "list-header"));
            } else {
                block(sink);
            }
        }
        numbering.exitList();
    }

    private void item(Sink sink, boolean header) throws XMLStreamException, ReadFailure {
        numbering.enterItem(header, header ? -1 : xml.intAttr(OdfXml.TEXT, "start-value", -1, 1_000_000));
        while (xml.nextChild()) {
            if (xml.is(OdfXml.TEXT, "p") || xml.is(OdfXml.TEXT, "h")) {
                paragraph(xml.is(OdfXml.TEXT, "h"), true, sink);
            } else if (xml.is(OdfXml.TEXT, "list")) {
                list(sink);
            } else {
                block(sink);
            }
        }
    }

    /** A {@code text:p} or {@code text:h} whose start was just read; {@code inItem}: directly in a list item. */
    private void paragraph(boolean heading, boolean inItem, Sink sink) throws XMLStreamException, ReadFailure {
        String style = xml.attr(OdfXml.TEXT, "style-name");
        // the outline level: a heading's own, else its style's (LibreOffice numbers a paragraph of such a style too)
        int own = heading ? xml.intAttr(OdfXml.TEXT, "outline-level", 0, ListStyle.LEVELS) : 0;
        int outline = own > 0 ? own : styles.outlineLevel(style);
        boolean listHeader = "true".equals(xml.attr(OdfXml.TEXT, "is-list-header"));
        boolean restart = "true".equals(xml.attr(OdfXml.TEXT, "restart-numbering"));
        int startValue = xml.intAttr(OdfXml.TEXT, "start-value", -1, 1_000_000);
        String label;
        if (inItem) {
            label = numbering.listParagraph();
        } else if (outline > 0 && styles.outlineNumbered(style)) {
            label = numbering.heading(outline, listHeader, restart, startValue);
        } else {
            label = null;
        }
        Inline inline = new Inline(style);
        inline.content(run(List.of(), style));
        if (label == null) {
            // a label this reader cannot compute, where the producer wrote down the one it printed
            label = inline.printedLabel;
        }
        int level = heading ? Math.max(1, outline) : styles.headingLevel(style);
        sink.paragraph(new Paragraph(inline.text.text(), label, level, inline.text.bold(), inline.text.fontSize()));
        sink.floating(inline.floats);
    }

    /** The inline content of one paragraph: its text, the spans open around it, and what floats in it. */
    private final class Inline {
        final ParagraphText text = new ParagraphText(budget);
        final List<String> spans = new ArrayList<>();
        final List<RawBlock> floats = new ArrayList<>();
        final String paragraphStyle;
        /** {@code text:number}: the label the producer printed, if it wrote it down. */
        String printedLabel;

        Inline(String paragraphStyle) {
            this.paragraphStyle = paragraphStyle;
        }

        /** The content of the element (or the paragraph itself) whose start was just read, up to its end. */
        void content(StyleSheet.Run run) throws XMLStreamException, ReadFailure {
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    element(run);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    text.characters(xml.text(), run);
                }
            }
        }

        private void element(StyleSheet.Run run) throws XMLStreamException, ReadFailure {
            String ns = xml.namespace();
            String local = xml.local();
            if (ns.equals(OdfXml.TEXT)) {
                switch (local) {
                    case "s" -> {
                        text.spaces(xml.intAttr(OdfXml.TEXT, "c", 1, Integer.MAX_VALUE));
                        xml.skip();
                    }
                    case "tab" -> {
                        text.tab();
                        xml.skip();
                    }
                    case "line-break" -> {
                        text.lineBreak();
                        xml.skip();
                    }
                    case "span" -> {
                        spans.add(xml.attr(OdfXml.TEXT, "style-name"));
                        content(run(spans, paragraphStyle));
                        spans.remove(spans.size() - 1);
                    }
                    case "number" -> {
                        Inline number = new Inline(null);
                        number.content(StyleSheet.Run.PLAIN);
                        printedLabel = number.text.text().isBlank() ? null : number.text.text().strip();
                    }
                    default -> {
                        if (SKIPPED_INLINE.contains(local)) {
                            xml.skip();
                        } else {
                            // links, fields (a date, a page number), bookmarks, change marks, ruby bases: their text
                            content(run);
                        }
                    }
                }
            } else if (ns.equals(OdfXml.DRAW) || ns.equals(OdfXml.TABLE)) {
                // a frame, text box or shape anchored here: its paragraphs and tables follow this paragraph
                block(new Blocks(floats));
            } else if (ns.equals(OdfXml.SVG) || (ns.equals(OdfXml.OFFICE) && SKIPPED_OFFICE.contains(local))) {
                xml.skip();
            } else {
                content(run);
            }
        }
    }

    private void table(Sink sink) throws XMLStreamException, ReadFailure {
        TableGrid grid = new TableGrid(budget, ++tables);
        List<RawTable> read = new ArrayList<>();
        read.add(null); // the table itself, placed before the tables nested in it
        List<RawBlock> floats = new ArrayList<>();
        rows(grid, read, floats);
        read.set(0, grid.build(sink.inCell()));
        sink.table(read, floats);
    }

    /** The columns and rows of a table or of one of its row or column groups. */
    private void rows(TableGrid grid, List<RawTable> nested, List<RawBlock> floats)
            throws XMLStreamException, ReadFailure {
        while (xml.nextChild()) {
            if (!xml.namespace().equals(OdfXml.TABLE)) {
                xml.skip();
                continue;
            }
            switch (xml.local()) {
                case "table-column" -> {
                    grid.columns(repeat("number-columns-repeated"));
                    xml.skip();
                }
                case "table-columns", "table-header-columns", "table-column-group", "table-header-rows",
                        "table-rows", "table-row-group" -> rows(grid, nested, floats);
                case "table-row" -> {
                    int repeat = repeat("number-rows-repeated");
                    grid.row(cells(nested, floats), repeat);
                }
                default -> xml.skip();
            }
        }
    }

    private List<TableGrid.Spec> cells(List<RawTable> nested, List<RawBlock> floats)
            throws XMLStreamException, ReadFailure {
        List<TableGrid.Spec> specs = new ArrayList<>();
        while (xml.nextChild()) {
            if (xml.is(OdfXml.TABLE, "table-cell")) {
                int repeat = repeat("number-columns-repeated");
                int colSpan = Math.max(1, xml.intAttr(OdfXml.TABLE, "number-columns-spanned", 1, Integer.MAX_VALUE));
                int rowSpan = Math.max(1, xml.intAttr(OdfXml.TABLE, "number-rows-spanned", 1, Integer.MAX_VALUE));
                Cell cell = new Cell(nested, floats);
                children(cell);
                specs.add(new TableGrid.Spec(false, cell.text.toString(), rowSpan, colSpan, repeat));
            } else if (xml.is(OdfXml.TABLE, "covered-table-cell")) {
                specs.add(new TableGrid.Spec(true, "", 1, 1, repeat("number-columns-repeated")));
                xml.skip();
            } else {
                xml.skip();
            }
        }
        return specs;
    }

    private int repeat(String attribute) {
        return Math.max(1, xml.intAttr(OdfXml.TABLE, attribute, 1, Integer.MAX_VALUE));
    }

    private StyleSheet.Run run(List<String> spans, String paragraphStyle) {
        String key = paragraphStyle + "\u0000" + String.join("\u0000", spans.stream().map(String::valueOf).toList());
        return runs.computeIfAbsent(key, k -> styles.run(spans, paragraphStyle));
    }
}
