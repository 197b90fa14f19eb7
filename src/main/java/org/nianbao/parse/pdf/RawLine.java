package org.nianbao.parse.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * One line of a page's text as PDFBox lays it out (sorted by position), every glyph of it, each run of glyphs
 * marked with the ruled box it lies in. Which boxes are table fragments is decided after the page (a one-column
 * box is a table only when it joins one across a page break); the narrative line is then what lies outside them.
 */
final class RawLine {
    /** No ruled box: running text. */
    static final int OUTSIDE = -1;

    private final List<Piece> pieces = new ArrayList<>(2);
    private Piece current;
    private boolean separatorPending;
    private boolean running;

    /** Adds a glyph lying in box {@code fragment} (an index on its page) or {@link #OUTSIDE}. */
    void add(Glyph g, int fragment, boolean bold) {
        if (current == null || current.fragment != fragment) {
            current = new Piece(fragment, separatorPending);
            pieces.add(current);
        } else if (separatorPending) {
            current.separatorInside = true;
            if (current.text.length() > 0) {
                current.text.append(' ');
            }
        }
        separatorPending = false;
        current.add(g, bold);
    }

    /** PDFBox saw a gap between words before the next glyph. */
    void wordSeparator() {
        separatorPending = true;
    }

    boolean isEmpty() {
        return pieces.isEmpty();
    }

    /** A running header or footer: printed again at the same place on the next or the previous page. */
    boolean running() {
        return running;
    }

    void markRunning() {
        running = true;
    }

    /**
     * The line as narrative: the glyphs in no box or in a box that is not a table ({@code table} tells), with a
     * space where PDFBox saw a word gap between kept glyphs (also across a left-out run); null when nothing is
     * left or it is blank.
     */
    TextLine narrative(int page, IntPredicate table) {
        StringBuilder text = new StringBuilder();
        float left = Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        float fontSize = 0;
        boolean bold = true;
        boolean pending = false;
        for (Piece p : pieces) {
            if (p.fragment != OUTSIDE && table.test(p.fragment)) {
                pending |= p.separatorBefore || p.separatorInside;
                continue;
            }
            if ((pending || p.separatorBefore) && text.length() > 0) {
                text.append(' ');
            }
            pending = false;
            text.append(p.text);
            left = Math.min(left, p.left);
            top = Math.min(top, p.top);
            right = Math.max(right, p.right);
            bottom = Math.max(bottom, p.bottom);
            fontSize = Math.max(fontSize, p.fontSize);
            bold &= p.bold;
        }
        if (text.toString().isBlank()) {
            return null;
        }
        return new TextLine(page, text.toString().strip(), new Box(left, top, right, bottom), fontSize, bold);
    }

    /** The extent of the glyphs in no ruled box, or null when every glyph of the line is in one. */
    Box outsideBoxes() {
        Box box = null;
        for (Piece p : pieces) {
            if (p.fragment == OUTSIDE && !isBlank(p.text)) {
                box = box == null ? new Box(p.left, p.top, p.right, p.bottom)
                        : new Box(Math.min(box.left(), p.left), Math.min(box.top(), p.top),
                                Math.max(box.right(), p.right), Math.max(box.bottom(), p.bottom));
            }
        }
        return box;
    }

    /** {@link String#isBlank} without making the string: asked of every line's pieces on every page. */
    private static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            int c = Character.codePointAt(text, i);
            if (!Character.isWhitespace(c)) {
                return false;
            }
            if (Character.isSupplementaryCodePoint(c)) {
                i++;
            }
        }
        return true;
    }

    /** The glyphs in no ruled box, top to bottom as PDFBox laid them out. */
    List<Glyph> outsideGlyphs() {
        List<Glyph> glyphs = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.fragment == OUTSIDE) {
                glyphs.addAll(p.glyphs);
            }
        }
        return glyphs;
    }

    /** The glyphs in no ruled box go to box {@code fragment} (text that ran out of its cell). */
    void moveOutsideTo(int fragment) {
        for (Piece p : pieces) {
            if (p.fragment == OUTSIDE) {
                p.fragment = fragment;
            }
        }
    }

    /** The text of the glyphs in no ruled box. */
    String outsideText() {
        StringBuilder b = new StringBuilder();
        for (Piece p : pieces) {
            if (p.fragment == OUTSIDE) {
                b.append(p.text);
            }
        }
        return b.toString();
    }

    /** A run of consecutive glyphs of the line in the same box. */
    private static final class Piece {
        int fragment;
        final List<Glyph> glyphs = new ArrayList<>(8);
        final boolean separatorBefore;
        boolean separatorInside;
        final StringBuilder text = new StringBuilder();
        float left = Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        float fontSize;
        boolean bold = true;

        Piece(int fragment, boolean separatorBefore) {
            this.fragment = fragment;
            this.separatorBefore = separatorBefore;
        }

        void add(Glyph g, boolean glyphBold) {
            glyphs.add(g);
            text.append(g.text());
            left = Math.min(left, g.left());
            top = Math.min(top, g.top());
            right = Math.max(right, g.right());
            bottom = Math.max(bottom, g.top() + g.height());
            fontSize = Math.max(fontSize, g.fontSize());
            bold &= glyphBold;
        }
    }
}
