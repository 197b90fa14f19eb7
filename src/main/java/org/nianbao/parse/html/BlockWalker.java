package org.nianbao.parse.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.nianbao.model.Location;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.Limit;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * Walks the located content in document order and emits one {@link RawParagraph} per run of text between block
 * edges (p, div, h1–h6, li, td…) and one {@link RawTable} per data table. A layout table is not emitted: its cells
 * are walked like any container, so the tables nested in it come out as tables of their own and its text as
 * paragraphs, each once. Paragraph locations count emitted paragraphs from 1.
 */
final class BlockWalker {
    private final Element start;
    private final DataTables dataTables;
    /** The start's ancestors, looked up for every element before it (a list built per element was quadratic). */
    private final Set<Element> startAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ReadLimits limits;
    private final List<RawBlock> blocks = new ArrayList<>();
    private InlineText current = new InlineText();
    private boolean started;
    private int paragraphs;
    private int tables;
    private long cells;
    private long chars;

    private BlockWalker(Element start, DataTables dataTables, ReadLimits limits) {
        this.start = start;
        this.dataTables = dataTables;
        this.limits = limits;
        this.started = start == null;
        if (start != null) {
            startAncestors.addAll(start.parents());
        }
    }

    static List<RawBlock> walk(ContentLocator content, ReadLimits limits) throws ReadFailure {
        BlockWalker walker = new BlockWalker(content.start(), content.dataTables(), limits);
        walker.visit(content.root(), false, 0, 0);
        walker.flush();
        return walker.blocks;
    }

    private void visit(Element e, boolean parentBold, int parentHeading, int depth) throws ReadFailure {
        if (depth > HtmlElements.MAX_DEPTH) {
            throw new ReadFailure(InputProblem.UNREADABLE, "HTML nested deeper than " + HtmlElements.MAX_DEPTH);
        }
        if (!started) {
            if (e == start) {
                started = true;
            } else if (!startAncestors.contains(e)) {
                // before the title, outside its ancestors: page chrome
                return;
            }
        }
        String name = e.normalName();
        if (name.equals("br")) {
            current.lineBreak();
            return;
        }
        if (name.equals("table") && started && dataTables.isDataTable(e)) {
            flush();
            addTable(e);
            return;
        }
        boolean block = HtmlElements.isBlock(e);
        boolean bold = HtmlElements.bold(e, parentBold);
        int heading = Math.max(parentHeading, HtmlElements.headingLevel(e));
        if (block) {
            flush();
        }
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                if (started) {
                    current.text(t.getWholeText(), bold, heading);
                }
            } else if (child instanceof Element c) {
                visit(c, bold, heading, depth + 1);
            }
        }
        if (block) {
            flush();
        }
    }

    private void addTable(Element e) throws ReadFailure {
        RawTable table = HtmlTableReader.read(e, ++tables, limits.maxTableCells());
        cells += table.cells().size();
        if (cells > limits.maxTableCells()) {
            throw Limit.CELLS.exceeded(limits.maxTableCells());
        }
        chars += table.cells().stream().mapToLong(c -> c.text().length()).sum();
        blocks.add(table);
        checkChars();
    }

    private void flush() throws ReadFailure {
        if (!current.isEmpty()) {
            String text = current.build();
            if (!text.isEmpty()) {
                blocks.add(new RawParagraph(text, null, current.headingLevel(), current.allBold(), 0f,
                    Location.paragraph(null, ++paragraphs)));
                chars += text.length();
                checkChars();
            }
        }
        current = new InlineText();
    }

    private void checkChars() throws ReadFailure {
        if (chars > limits.maxTextChars()) {
            throw Limit.TEXT.exceeded(limits.maxTextChars());
        }
    }
}
