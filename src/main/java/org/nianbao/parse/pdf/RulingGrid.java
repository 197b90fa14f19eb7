package org.nianbao.parse.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import technology.tabula.Rectangle;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * The ruled boxes of one page from its ruling lines: {@link CellFinder} finds the cells where the lines cross and
 * tabula groups touching cells into boxes (geometry only; tabula's own text is never used). Each box is a candidate table
 * fragment; which are tables is decided with the pages around it.
 */
final class RulingGrid {
    /** Boxes and cells thinner than this (points) are hairlines or double borders, not cells. */
    private static final float MIN_SIZE = 1f;

    private RulingGrid() {
    }

    /** One ruled box: its outer edge and its cells, each exactly as its lines enclose it. */
    record Frame(Box area, List<Box> cells) {
    }

    /** The ruled boxes drawn by these lines, top to bottom. */
    static List<Frame> frames(RulingLines lines) {
        List<technology.tabula.Cell> cells = new ArrayList<>();
        for (float[] c : CellFinder.cells(lines.horizontals(), lines.verticals())) {
            if (c[2] - c[0] >= MIN_SIZE && c[3] - c[1] >= MIN_SIZE) {
                cells.add(new technology.tabula.Cell(new Point2D.Float(c[0], c[1]), new Point2D.Float(c[2], c[3])));
            }
        }
        List<Frame> frames = new ArrayList<>();
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
            if (!inside.isEmpty()) {
                frames.add(new Frame(box(area), inside));
            }
        }
        frames.sort(Comparator.comparingDouble(f -> f.area().top()));
        return frames;
    }

    private static Box box(Rectangle r) {
        return new Box(r.getLeft(), r.getTop(), r.getRight(), r.getBottom());
    }
}
