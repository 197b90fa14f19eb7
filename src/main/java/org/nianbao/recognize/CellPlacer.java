package org.nianbao.recognize;

import org.nianbao.model.Cell;
import org.nianbao.model.CellValue;
import org.nianbao.model.OcrReading;
import org.nianbao.model.LabelNote;
import org.nianbao.model.Location;
import org.nianbao.model.Table;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;

/** Puts raw cells into a model table with their value and their printed position, and notes odd labels. */
final class CellPlacer {
    private CellPlacer() {
    }

    /**
     * A cell read by OCR whose reading is unsure holds what was seen as text, never as a number: the rules over it
     * are not assessable until the balances settle it ({@link OcrProofreading}). Every cell placed here is one the
     * layout holds a number in, so OCR that read text there (a 2 seen as 了) did not read the cell for certain.
     */
    static void put(Table table, RawTable raw, String row, String column, RawCell cell) {
        OcrReading ocr = cell.ocr();
        if (ocr != null && !ocr.unsure() && CellValues.parse(cell.text()) instanceof CellValue.Written) {
            ocr = ocr.doubted();
        }
        CellValue value = ocr != null && ocr.unsure() ? CellValue.written(ocr.seen().isEmpty() ? "?" : ocr.seen())
                : CellValues.parse(cell.text());
        table.put(row, column, new Cell(value, location(raw, cell), ocr));
    }

    static Location location(RawTable raw, RawCell cell) {
        Integer page = cell.source() == null ? null : cell.source().page();
        Location at = Location.tableCell(page, raw.index(), cell.row() + 1, cell.col() + 1);
        // a scanned cell's box goes with it, so a person can find it on the page image
        return cell.ocr() != null && cell.source().box() != null ? at.withBox(cell.source().box()) : at;
    }

    /** Records the row label as written, with a note when it was recognised but differs from the standard. */
    static void rowLabel(Table table, RawTable raw, String row, RawCell label, LabelMatcher.Match<String> match) {
        table.setWrittenRowLabel(row, label.text().strip());
        if (!match.exact()) {
            table.addLabelNote(new LabelNote(row, null, label.text().strip(), match.standard(),
                    location(raw, label)));
        }
    }

    /** Notes a column label recognised although written differently; once per column and wording. */
    static void columnLabel(Table table, RawTable raw, String column, RawCell label,
            LabelMatcher.Match<String> match) {
        String written = label.text().strip();
        boolean noted = table.labelNotes().stream()
                .anyMatch(n -> column.equals(n.column()) && written.equals(n.written()));
        if (!match.exact() && !noted) {
            table.addLabelNote(new LabelNote(null, column, written, match.standard(),
                    location(raw, label)));
        }
    }
}
