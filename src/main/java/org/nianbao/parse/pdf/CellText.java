package org.nianbao.parse.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the glyphs that fall inside one table cell into its text: lines by centre height, each ordered left to
 * right, a space only where the gap is wider than a normal letter gap, lines joined with {@code \n}.
 */
final class CellText {
    /** Glyphs whose centres differ by less than this share of the glyph height sit on one line. */
    private static final float SAME_LINE = 0.4f;
    /** A gap wider than this share of the font size is a word space. */
    private static final float WORD_GAP = 0.6f;

    private static final String NBSP = "\u00A0";

    private CellText() {
    }

    /** Some character of the text can be printed: not a control character, not in the Specials block (U+FFFx). */
    static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F || c >= 0x4E00 && c <= 0x9FFF) {
                return true; // printable ASCII, CJK Unified Ideographs: most glyphs, without the block lookup
            }
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            if (!Character.isISOControl(c) && block != null && block != Character.UnicodeBlock.SPECIALS) {
                return true;
            }
        }
        return false;
    }

    static String of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!g.isBlank() && printable(g.text()) && !g.text().equals(NBSP)) {
                sorted.add(g);
            }
        }
        sorted.sort(Comparator.comparingDouble(Glyph::centreY));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = null;
        float lineCentre = 0;
        for (Glyph g : sorted) {
            if (current == null || Math.abs(g.centreY() - lineCentre) > SAME_LINE * g.height()) {
                current = new ArrayList<>();
                lines.add(current);
                lineCentre = g.centreY();
            }
            current.add(g);
        }
        StringBuilder text = new StringBuilder();
        for (List<Glyph> line : lines) {
            if (text.length() > 0) {
                text.append('\n');
            }
            appendLine(line, text);
        }
        return text.toString();
    }

    private static void appendLine(List<Glyph> line, StringBuilder text) {
        line.sort(Comparator.comparingDouble(Glyph::left));
        Glyph previous = null;
        for (Glyph g : line) {
            if (previous != null && g.left() - previous.right() > WORD_GAP * g.fontSize()) {
                text.append(' ');
            }
            text.append(g.text());
            previous = g;
        }
    }
}
