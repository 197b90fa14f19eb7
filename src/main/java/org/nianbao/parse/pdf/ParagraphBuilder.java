package org.nianbao.parse.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from hard-wrapped lines. A line starts a new paragraph when the line before ended short of
 * the right margin (with room for this line's first word), when it is indented, when the font (size or weight)
 * changes, when the gap above it is wider than the usual line pitch, when a table lies between, or when it starts
 * like a heading ({@code 一、}, {@code （一）}). Page numbers are taken out before ({@link PageFurniture}).
 */
final class ParagraphBuilder {
    private static final Pattern HEADING_START = Pattern.compile(
            "^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\([一二三四五六七八九十]+\\))");
    /** A line ending more than this many font sizes before the right margin ends its paragraph. */
    private static final float SHORT_LINE = 1.5f;
    /** A line starting more than this many font sizes right of the body margin is indented. */
    private static final float INDENT = 1f;
    /** A baseline step this much larger than the usual one is a paragraph gap. */
    private static final float GAP = 1.2f;

    private final List<TextLine> lines;
    private final List<Fragment> tables;
    private final float bodySize;
    private final float bodyLeft;
    private final float bodyRight;
    private final float pitch;

    private ParagraphBuilder(List<TextLine> lines, List<Fragment> tables) {
        this.lines = lines;
        this.tables = tables;
        this.bodySize = LineStatistics.bodySize(lines);
        this.bodyLeft = LineStatistics.commonLeft(lines, bodySize);
        this.bodyRight = LineStatistics.fullLineRight(lines, bodySize);
        this.pitch = LineStatistics.linePitch(lines, bodySize);
    }

    /** The paragraphs of these narrative lines (in reading order), given the tables found on the same pages. */
    static List<PlacedParagraph> paragraphs(List<TextLine> lines, List<Fragment> tables) {
        return new ParagraphBuilder(lines, tables).build();
    }

    private List<PlacedParagraph> build() {
        List<Float> largerSizes = LineStatistics.sizesAbove(lines, bodySize);
        List<PlacedParagraph> result = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        for (TextLine line : lines) {
            if (!current.isEmpty() && startsNew(current.get(current.size() - 1), line)) {
                result.add(paragraph(current, largerSizes));
                current = new ArrayList<>();
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            result.add(paragraph(current, largerSizes));
        }
        return result;
    }

    private boolean startsNew(TextLine previous, TextLine line) {
        float size = Math.max(previous.fontSize(), line.fontSize());
        float room = bodyRight - previous.box().right();
        boolean previousShort = room > SHORT_LINE * size && firstWordWidth(line) < room;
        boolean indented = line.box().left() > bodyLeft + INDENT * size && !centredUnderFullLine(previous, line);
        boolean fontChange = Math.abs(previous.fontSize() - line.fontSize()) > 0.5f || previous.bold() != line.bold();
        // a larger font has a wider line pitch: a two-line title is not two paragraphs
        float linePitch = pitch * Math.max(1, size / Math.max(1, bodySize));
        boolean gap = line.page() == previous.page()
                && line.box().bottom() - previous.box().bottom() > GAP * linePitch;
        boolean nextPageGap = line.page() > previous.page() + 1;
        return previousShort || indented || fontChange || gap || nextPageGap || tableBetween(previous, line)
                || HEADING_START.matcher(line.text()).find();
    }

    /**
     * A centred paragraph wraps with every line centred: a line centred under a line that fills the text width goes
     * on with it (a long title wrapped inside a word), although it starts right of the margin.
     */
    private boolean centredUnderFullLine(TextLine previous, TextLine line) {
        float size = previous.fontSize();
        boolean full = previous.box().left() <= bodyLeft + INDENT * size
                && bodyRight - previous.box().right() <= SHORT_LINE * size;
        // centred: as far from the right margin as from the left (a first-line indent leaves the right full)
        float leftGap = line.box().left() - bodyLeft;
        float rightGap = bodyRight - line.box().right();
        return full && line.page() == previous.page() && Math.abs(leftGap - rightGap) <= size;
    }

    /**
     * About how wide the first word of a line is: one em for a CJK character; for a leading Latin or digit run (a
     * URL, a year) 0.6 em a character and the quarter em word processors put between Latin and CJK text, so a line
     * that ends early because {@code 2019年…} or a URL did not fit is not taken for a paragraph's end.
     */
    private static float firstWordWidth(TextLine line) {
        String text = line.text();
        int n = 0;
        while (n < text.length() && text.charAt(n) < 128 && !Character.isWhitespace(text.charAt(n))) {
            n++;
        }
        return n == 0 ? line.fontSize() : (n * 0.6f + 0.25f) * line.fontSize();
    }

    private boolean tableBetween(TextLine previous, TextLine line) {
        for (Fragment t : tables) {
            boolean afterPrevious = t.page() > previous.page()
                    || t.page() == previous.page() && t.area().top() >= previous.box().bottom();
            boolean beforeLine = t.page() < line.page() || t.page() == line.page() && t.area().top() < line.box().top();
            if (afterPrevious && beforeLine) {
                return true;
            }
        }
        return false;
    }

    private static PlacedParagraph paragraph(List<TextLine> part, List<Float> largerSizes) {
        TextLine first = part.get(0);
        StringBuilder text = new StringBuilder();
        boolean bold = true;
        float left = first.box().left();
        float top = first.box().top();
        float right = first.box().right();
        float bottom = first.box().bottom();
        for (TextLine l : part) {
            CjkSpacing.join(text, CjkSpacing.clean(l.text()));
            bold &= l.bold();
            if (l.page() == first.page()) {
                left = Math.min(left, l.box().left());
                right = Math.max(right, l.box().right());
                bottom = Math.max(bottom, l.box().bottom());
            }
        }
        int level = 0;
        for (int i = 0; i < largerSizes.size(); i++) {
            if (Math.abs(largerSizes.get(i) - first.fontSize()) <= 0.5f) {
                level = i + 1;
            }
        }
        return new PlacedParagraph(first.page(), new Box(left, top, right, bottom), text.toString(), level, bold,
                first.fontSize());
    }
}
