package org.nianbao.parse.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * One pass over each page's content stream that records its glyphs and its lines together: PDFBox's text
 * stripper places the glyphs (sorted by position, duplicates of fake-bold text dropped) and groups them into lines,
 * and the path operators registered beside the text ones feed {@link LineArt}. When the page is done its ruled
 * boxes are found, every glyph goes into the cell that holds its centre or stays in the running text, and the page
 * is handed on. Type 3 glyph procedures are never run, so their outlines are not lines.
 */
final class ContentScanner extends PDFTextStripper {

    /** Receives each page when it is done. */
    interface PageSink {
        /** The page's ruling lines, before cells are looked for: a sink may refuse too many crossings. */
        void rulings(int page, RulingLines lines) throws IOException;

        void page(ScannedPage page) throws IOException;
    }

    private final boolean findTables;
    private final PageSink sink;
    private final LineArt art = new LineArt();
    private final StringBuilder allText;
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private final List<RawLine> lines = new ArrayList<>();
    private RawLine line = new RawLine();
    private List<RulingGrid.Frame> frames = List.of();
    private List<List<Glyph>> cellGlyphs = new ArrayList<>();

    private ContentScanner(boolean findTables, PageSink sink, StringBuilder allText) throws IOException {
        this.findTables = findTables;
        this.sink = sink;
        this.allText = allText;
        setSortByPosition(true);
        if (findTables) {
            for (OperatorProcessor op : PathOperator.all(art)) {
                addOperator(op);
            }
            addOperator(new SetStrokingColorSpace());
            addOperator(new SetNonStrokingColorSpace());
            addOperator(new SetStrokingColor());
            addOperator(new SetNonStrokingColor());
            addOperator(new SetStrokingColorN());
            addOperator(new SetNonStrokingColorN());
            addOperator(new SetStrokingDeviceGrayColor());
            addOperator(new SetNonStrokingDeviceGrayColor());
            addOperator(new SetStrokingDeviceRGBColor());
            addOperator(new SetNonStrokingDeviceRGBColor());
            addOperator(new SetStrokingDeviceCMYKColor());
            addOperator(new SetNonStrokingDeviceCMYKColor());
        }
    }

    /**
     * Scans pages {@code first} to {@code last} (1-based, inclusive), handing each to {@code sink}; with
     * {@code findTables} false no lines are collected and every glyph is running text. The text of every glyph
     * that can be printed is appended to {@code allText}.
     */
    static void scan(PDDocument document, int first, int last, boolean findTables, PageSink sink,
            StringBuilder allText) throws IOException {
        ContentScanner scanner = new ContentScanner(findTables, sink, allText);
        scanner.setStartPage(first);
        scanner.setEndPage(last);
        scanner.writeText(document, Writer.nullWriter());
    }

    @Override
    protected void startPage(PDPage page) {
        art.startPage(page.getCropBox());
    }

    @Override
    protected void writePage() throws IOException {
        frames = List.of();
        // a page turned by a quarter has its glyphs and its lines in different frames: read no table there
        if (findTables && getCurrentPage().getRotation() % 180 == 0) {
            RulingLines rulings = RulingLines.of(art.segments());
            sink.rulings(getCurrentPageNo(), rulings);
            frames = RulingGrid.frames(rulings.closeOpenRows());
        }
        cellGlyphs = new ArrayList<>();
        for (RulingGrid.Frame f : frames) {
            for (int i = 0; i < f.cells().size(); i++) {
                cellGlyphs.add(new ArrayList<>());
            }
        }
        lines.clear();
        line = new RawLine();
        super.writePage();
        endLine();
        List<Fragment> fragments = new ArrayList<>(frames.size());
        int cell = 0;
        for (RulingGrid.Frame f : frames) {
            List<Fragment.FragmentCell> cells = new ArrayList<>(f.cells().size());
            for (Box b : f.cells()) {
                cells.add(new Fragment.FragmentCell(b, CellText.of(cellGlyphs.get(cell++))));
            }
            fragments.add(new Fragment(getCurrentPageNo(), f.area(), cells));
        }
        sink.page(new ScannedPage(getCurrentPageNo(), fragments, List.copyOf(lines)));
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            String unicode = p.getUnicode();
            float height = p.getHeightDir();
            Glyph g = new Glyph(unicode, p.getXDirAdj(), p.getYDirAdj() - height, p.getWidthDirAdj(), height,
                    p.getFontSizeInPt());
            if (CellText.printable(unicode)) {
                allText.append(unicode);
            }
            line.add(g, place(g), bold(p.getFont()));
        }
    }

    @Override
    protected void writeWordSeparator() {
        line.wordSeparator();
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        if (!line.isEmpty()) {
            lines.add(line);
        }
        line = new RawLine();
    }

    /** Puts the glyph into the cell holding its centre; the index of that cell's box, or {@link RawLine#OUTSIDE}. */
    private int place(Glyph g) {
        float x = g.centreX();
        float y = g.centreY();
        int cell = 0;
        for (int f = 0; f < frames.size(); f++) {
            RulingGrid.Frame frame = frames.get(f);
            if (!frame.area().contains(x, y)) {
                cell += frame.cells().size();
                continue;
            }
            for (Box b : frame.cells()) {
                if (b.contains(x, y)) {
                    cellGlyphs.get(cell).add(g);
                    return f;
                }
                cell++;
            }
        }
        return RawLine.OUTSIDE;
    }

    private boolean bold(PDFont font) {
        return boldFonts.computeIfAbsent(font, ContentScanner::isBold);
    }

    static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("heavy") || name.contains("black")) {
            return true;
        }
        // official documents set first-level headings in 黑体 (SimHei) instead of a bold weight
        if (name.contains("黑体") || name.contains("simhei") || name.contains("heiti")) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 700);
    }
}
