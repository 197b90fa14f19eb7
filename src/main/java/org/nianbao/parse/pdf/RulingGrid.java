package org.nianbao.parse.pdf;

import java.util.ArrayList;
import java.util.List;
import technology.tabula.Page;
import technology.tabula.Rectangle;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Finds the ruled tables of one page. Tabula supplies only the geometry (ruling lines → cells → table areas); the
 * text of a cell is every glyph whose centre lies inside it. Tabula's own cell text is not used: it drops glyphs
 * whose font box pokes over a ruling and NFKC-normalises full-width punctuation. Tables on pages turned by a
 * quarter are not read (the recognizer then reports them missing) rather than risk a wrong grid.
 */
final class RulingGrid {
    /** Areas and cells thinner than this (points) are hairlines or double borders, not cells. */
    private static final float MIN_SIZE = 1f;
    /** A ruled area needs at least this many cells to be a table; a single framed box is narrative. */
    private static final int MIN_CELLS = 2;

    private RulingGrid() {
    }

    /**
     * The ruled tables of the page. None on a page turned by a quarter (/Rotate 90 or 270): there tabula's rulings
     * and its glyph positions are not in the same frame, which was seen to give transposed, wrong grids.
     */
    static List<Fragment> fragments(Page page, List<Glyph> glyphs) {
        if (page.getRotation() % 180 != 0) {
            return List.of();
        }
        List<technology.tabula.Cell> cells = new ArrayList<>();
        for (technology.tabula.Cell c : SpreadsheetExtractionAlgorithm.findCells(page.getHorizontalRulings(),
                page.getVerticalRulings())) {
            if (c.getWidth() >= MIN_SIZE && c.getHeight() >= MIN_SIZE) {
                cells.add(c);
            }
        }
        List<Fragment> fragments = new ArrayList<>();
        for (Rectangle area : SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(cells)) {
            if (area.getWidth() < MIN_SIZE || area.getHeight() < MIN_SIZE) {
                continue;
            }
            List<Box> inside = new ArrayList<>();
            for (technology.tabula.Cell c : cells) {
                Box b = box(c);
                if (area.contains(b.left() + b.width() / 2, b.top() + b.height() / 2)) {
                    inside.add(b);
                }
            }
            if (inside.size() >= MIN_CELLS) {
                fragments.add(new Fragment(page.getPageNumber(), box(area), withText(inside, glyphs)));
            }
        }
        fragments.sort((a, b) -> Float.compare(a.area().top(), b.area().top()));
        return fragments;
    }

    private static List<Fragment.FragmentCell> withText(List<Box> boxes, List<Glyph> glyphs) {
        List<List<Glyph>> byCell = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            byCell.add(new ArrayList<>());
        }
        for (Glyph g : glyphs) {
            for (int i = 0; i < boxes.size(); i++) {
                if (boxes.get(i).contains(g.centreX(), g.centreY())) {
                    byCell.get(i).add(g);
                    break;
                }
            }
        }
        List<Fragment.FragmentCell> result = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            result.add(new Fragment.FragmentCell(boxes.get(i), CellText.of(byCell.get(i))));
        }
        return result;
    }

    private static Box box(Rectangle r) {
        return new Box(r.getLeft(), r.getTop(), r.getRight(), r.getBottom());
    }
}
