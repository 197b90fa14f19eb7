package org.nianbao.parse.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the lines of running text with their position and font, in reading order (PDFBox sorted by position).
 * Glyphs whose centre lies inside a table cell are left out: tables are read cell by cell elsewhere, and their
 * text would otherwise be interleaved with the narrative.
 */
final class NarrativeStripper extends PDFTextStripper {
    private final Map<Integer, List<Box>> tableCells;
    private final List<TextLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private float left = Float.MAX_VALUE;
    private float top = Float.MAX_VALUE;
    private float right = -Float.MAX_VALUE;
    private float bottom = -Float.MAX_VALUE;
    private float fontSize;
    private boolean bold = true;
    private boolean pendingSpace;

    private NarrativeStripper(Map<Integer, List<Box>> tableCells) throws IOException {
        this.tableCells = tableCells;
        setSortByPosition(true);
    }

    /**
     * The narrative lines of the whole document; {@code tableCells} maps 1-based page numbers to the boxes of the
     * table cells on that page.
     */
    static List<TextLine> lines(PDDocument document, Map<Integer, List<Box>> tableCells) throws IOException {
        return lines(document, tableCells, 1, Integer.MAX_VALUE);
    }

    /** The lines of pages {@code firstPage} to {@code lastPage} (1-based, inclusive). */
    static List<TextLine> lines(PDDocument document, Map<Integer, List<Box>> tableCells, int firstPage,
            int lastPage) throws IOException {
        NarrativeStripper stripper = new NarrativeStripper(tableCells);
        stripper.setStartPage(firstPage);
        stripper.setEndPage(lastPage);
        stripper.writeText(document, Writer.nullWriter());
        return stripper.lines;
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        List<Box> areas = tableCells.getOrDefault(getCurrentPageNo(), List.of());
        for (TextPosition p : positions) {
            float x = p.getXDirAdj();
            float y = p.getYDirAdj() - p.getHeightDir();
            if (insideAny(areas, x + p.getWidthDirAdj() / 2, y + p.getHeightDir() / 2)) {
                continue;
            }
            if (pendingSpace && text.length() > 0) {
                text.append(' ');
            }
            pendingSpace = false;
            text.append(p.getUnicode());
            left = Math.min(left, x);
            top = Math.min(top, y);
            right = Math.max(right, x + p.getWidthDirAdj());
            bottom = Math.max(bottom, p.getYDirAdj());
            fontSize = Math.max(fontSize, p.getFontSizeInPt());
            bold &= isBold(p.getFont());
        }
    }

    @Override
    protected void writeWordSeparator() {
        pendingSpace = true;
    }

    @Override
    protected void writeLineSeparator() {
        flushLine();
    }

    @Override
    protected void writePageEnd() {
        flushLine();
    }

    private void flushLine() {
        if (!text.toString().isBlank()) {
            lines.add(new TextLine(getCurrentPageNo(), text.toString().strip(), new Box(left, top, right, bottom),
                    fontSize, bold));
        }
        text.setLength(0);
        left = Float.MAX_VALUE;
        top = Float.MAX_VALUE;
        right = -Float.MAX_VALUE;
        bottom = -Float.MAX_VALUE;
        fontSize = 0;
        bold = true;
        pendingSpace = false;
    }

    private static boolean insideAny(List<Box> areas, float x, float y) {
        for (Box b : areas) {
            if (b.contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBold(PDFont font) {
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
