package org.nianbao.parse.pdf;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * One pass over each page's content stream that records its glyphs and its lines together: PDFBox's text
 * stripper places the glyphs (sorted by position, duplicates of fake-bold text dropped) and groups them into lines,
 * and the path operators registered beside the text ones feed {@link LineArt}. When the page is done its ruled
 * boxes are found, every glyph goes into the cell that holds its centre or stays in the running text, and the page
 * is handed on. Type 3 glyph procedures are never run, so their outlines are not lines.
 */
final class ContentScanner extends PDFTextStripper {
    /** The font size assumed for a ruled box holding no text (points). */
    private static final float TYPICAL_SIZE = 10f;
    /** Text running out of a cell goes on at most this many font sizes below the top of its last line. */
    private static final float NEXT_LINE = 1.8f;
    /** The rest of two neighbouring cells' text lies at least this many font sizes apart (their padding). */
    private static final float CELL_GAP = 0.2f;

    /** Receives each page when it is done. */
    interface PageSink {
        /** The page's ruling lines, before cells are looked for: a sink may refuse too many crossings. */
        void rulings(int page, RulingLines lines) throws IOException;

        void page(ScannedPage page) throws IOException;
    }

    private final boolean findTables;
    private final PageSink sink;
    private final StringBuilder clipped = new StringBuilder();
    private List<Path2D> clipSeen;
    private Rectangle2D clipBounds;
    private float cropLeft;
    private float cropBottom;
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
     * that can be printed is appended to {@code allText}. Returns the text of the glyphs clipped away.
     */
    static String scan(PDDocument document, int first, int last, boolean findTables, PageSink sink,
            StringBuilder allText) throws IOException {
        ContentScanner scanner = new ContentScanner(findTables, sink, allText);
        scanner.setStartPage(first);
        scanner.setEndPage(last);
        scanner.writeText(document, Writer.nullWriter());
        return scanner.clipped();
    }

    @Override
    protected void startPage(PDPage page) {
        // PDPage builds its crop box anew (inherited attributes looked up) at every call: once per page, not glyph
        PDRectangle crop = page.getCropBox();
        cropLeft = crop.getLowerLeftX();
        cropBottom = crop.getLowerLeftY();
        art.startPage(crop);
    }

    /** The text of the glyphs drawn outside the clipping area (so not on the page), in the order drawn. */
    String clipped() {
        return clipped.toString();
    }

    /**
     * A glyph whose centre lies outside the clipping area is not on the page: Chromium draws the text of a cell a
     * page break cuts in full and clips it at the foot of the page.
     */
    @Override
    protected void processTextPosition(TextPosition text) {
        Matrix at = text.getTextMatrix();
        double x = at.getTranslateX() + cropLeft + width(text) / 2;
        double y = at.getTranslateY() + cropBottom + text.getHeightDir() / 2;
        if (!clip().contains(x, y)) {
            clipped.append(CjkRadicals.unify(text.getUnicode()));
            return;
        }
        super.processTextPosition(text);
    }

    private Rectangle2D clip() {
        List<Path2D> paths = getGraphicsState().getCurrentClippingPaths();
        if (paths != clipSeen) {
            clipSeen = paths;
            clipBounds = LineArt.bounds(paths);
        }
        return clipBounds;
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
        takeBackOverflow();
        List<Fragment> fragments = new ArrayList<>(frames.size());
        int cell = 0;
        for (RulingGrid.Frame f : frames) {
            List<Fragment.FragmentCell> cells = new ArrayList<>(f.cells().size());
            List<Float> sizes = new ArrayList<>();
            for (Box b : f.cells()) {
                List<Glyph> glyphs = cellGlyphs.get(cell++);
                cells.add(new Fragment.FragmentCell(b, CellText.of(glyphs)));
                for (Glyph g : glyphs) {
                    if (!g.isBlank()) {
                        sizes.add(g.fontSize());
                    }
                }
            }
            float size = sizes.isEmpty() ? TYPICAL_SIZE : median(sizes);
            fragments.add(ThinRows.removed(new Fragment(getCurrentPageNo(), f.area(), cells), size));
        }
        sink.page(new ScannedPage(getCurrentPageNo(), fragments, List.copyOf(lines)));
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            String unicode = CjkRadicals.unify(p.getUnicode());
            float height = p.getHeightDir();
            Glyph g = new Glyph(unicode, p.getXDirAdj(), p.getYDirAdj() - height, width(p), height,
                    p.getFontSizeInPt());
            if (CellText.printable(unicode)) {
                allText.append(unicode);
            }
            line.add(g, place(g), bold(p.getFont()));
        }
    }

    /**
     * How wide the glyph is across the page. A glyph of a vertical font (WPS writes a label printed one character
     * per line in one) stands one em wide, not the advance PDFBox's text stripper gives it (several em), which
     * put its centre in the next column.
     */
    private static float width(TextPosition p) {
        return p.getFont() != null && p.getFont().isVertical() ? Math.abs(p.getXScale()) : p.getWidthDirAdj();
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

    /**
     * Text that ran out of the bottom cells of the page's last ruled box: a page break cut a cell whose text goes
     * on below the box's last line (Chromium prints the rest of 结果维持 under the cut). The lines below the lowest
     * box, down to the page's end (page numbers aside), are taken back into the cells above them when each glyph
     * sits under a bottom cell holding text of its size and the lines follow that text line by line, with no gap.
     */
    private void takeBackOverflow() {
        if (frames.isEmpty()) {
            return;
        }
        int lowest = 0;
        for (int f = 1; f < frames.size(); f++) {
            if (frames.get(f).area().bottom() > frames.get(lowest).area().bottom()) {
                lowest = f;
            }
        }
        RulingGrid.Frame frame = frames.get(lowest);
        int firstCell = 0;
        for (int f = 0; f < lowest; f++) {
            firstCell += frames.get(f).cells().size();
        }
        List<RawLine> below = new ArrayList<>();
        for (RawLine l : lines) {
            Box b = l.outsideBoxes();
            if (b == null || PageFurniture.isPageNumber(l.outsideText())) {
                continue;
            }
            if ((b.top() + b.bottom()) / 2 <= frame.area().bottom()) {
                if (!below.isEmpty()) {
                    return; // text beside or above the box after text below it: not a simple page foot
                }
                continue;
            }
            below.add(l);
        }
        if (below.isEmpty()) {
            return;
        }
        // per bottom cell: the top of its last text line and its text size
        float[] lastTop = new float[frame.cells().size()];
        float[] size = new float[frame.cells().size()];
        Arrays.fill(lastTop, Float.NaN);
        for (int i = 0; i < frame.cells().size(); i++) {
            if (Math.abs(frame.cells().get(i).bottom() - frame.area().bottom()) > Edges.TOLERANCE) {
                continue;
            }
            for (Glyph g : cellGlyphs.get(firstCell + i)) {
                if (!g.isBlank()) {
                    lastTop[i] = Float.isNaN(lastTop[i]) ? g.top() : Math.max(lastTop[i], g.top());
                    size[i] = Math.max(size[i], g.fontSize());
                }
            }
        }
        List<int[]> moves = new ArrayList<>();
        List<Glyph> moved = new ArrayList<>();
        for (RawLine l : below) {
            float[] lineTop = lastTop.clone();
            List<Glyph> glyphs = new ArrayList<>(l.outsideGlyphs());
            glyphs.removeIf(Glyph::isBlank);
            glyphs.sort(Comparator.comparingDouble(Glyph::left));
            int previousCell = -1;
            Glyph previous = null;
            for (Glyph g : glyphs) {
                int cell = cellAbove(frame, g);
                boolean nextLine = cell >= 0 && !Float.isNaN(lastTop[cell])
                        && Math.abs(g.fontSize() - size[cell]) <= 0.5f && g.top() > lastTop[cell]
                        && g.top() - lastTop[cell] <= NEXT_LINE * g.fontSize();
                // text running on across a cell border is a line of its own, not the rest of two cells
                boolean apart = previous == null || cell == previousCell
                        || g.left() - previous.right() > CELL_GAP * g.fontSize();
                if (!nextLine || !apart) {
                    return;
                }
                moves.add(new int[] {firstCell + cell});
                moved.add(g);
                lineTop[cell] = Math.max(lineTop[cell], g.top());
                previous = g;
                previousCell = cell;
            }
            lastTop = lineTop;
        }
        for (int i = 0; i < moved.size(); i++) {
            cellGlyphs.get(moves.get(i)[0]).add(moved.get(i));
        }
        for (RawLine l : below) {
            l.moveOutsideTo(lowest);
        }
    }

    private static float median(List<Float> values) {
        values.sort(null);
        return values.get(values.size() / 2);
    }

    /** The index in {@code frame} of the bottom cell whose columns hold the glyph's centre, or -1. */
    private static int cellAbove(RulingGrid.Frame frame, Glyph g) {
        for (int i = 0; i < frame.cells().size(); i++) {
            Box c = frame.cells().get(i);
            if (Math.abs(c.bottom() - frame.area().bottom()) <= Edges.TOLERANCE && g.centreX() >= c.left()
                    && g.centreX() <= c.right()) {
                return i;
            }
        }
        return -1;
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
